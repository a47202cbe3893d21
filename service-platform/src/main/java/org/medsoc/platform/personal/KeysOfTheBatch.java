package org.medsoc.platform.personal;

import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.messaging.InterceptorChain;
import org.axonframework.messaging.MessageHandlerInterceptor;
import org.axonframework.messaging.unitofwork.BatchingUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;

/**
 * Before a processor handles a batch of events, the keys of the people whose aggregates they come
 * from (a member's events are sealed with the member's key) are loaded in one query: a rebuild
 * otherwise asks the database for one key per member, a round trip each.
 */
public class KeysOfTheBatch implements MessageHandlerInterceptor<EventMessage<?>> {

  private final PersonalKeys keys;

  public KeysOfTheBatch(PersonalKeys keys) {
    this.keys = keys;
  }

  @Override
  public Object handle(UnitOfWork<? extends EventMessage<?>> unitOfWork, InterceptorChain chain)
      throws Exception {
    if (unitOfWork instanceof BatchingUnitOfWork<?> batch
        && batch.isFirstMessage()
        && batch.getMessages().size() > 1) {
      keys.loadAll(
          batch.getMessages().stream()
              .filter(DomainEventMessage.class::isInstance)
              .map(message -> ((DomainEventMessage<?>) message).getAggregateIdentifier())
              .toList());
    }
    return chain.proceed();
  }
}
