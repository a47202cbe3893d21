package org.medsoc.platform.axon;

import java.util.List;
import java.util.UUID;
import java.util.function.BiFunction;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.messaging.MessageDispatchInterceptor;
import org.axonframework.messaging.MetaData;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.medsoc.platform.messaging.MessageTracing;
import org.medsoc.platform.web.CorrelationIdFilter;

/**
 * Stamps a command sent from outside any unit of work (an HTTP request, a Kafka listener) with the
 * acting principal, a correlation id (the request's, see {@link CorrelationIdFilter}, otherwise a
 * new one) and the span it is sent in as its trace parent. Commands sent while handling another
 * message inherit all three through the {@link AuditCorrelationDataProvider} instead.
 */
public class AuditDispatchInterceptor implements MessageDispatchInterceptor<CommandMessage<?>> {

  private final ActingPrincipalResolver principals;
  private final MessageTracing tracing;

  public AuditDispatchInterceptor(ActingPrincipalResolver principals, MessageTracing tracing) {
    this.principals = principals;
    this.tracing = tracing;
  }

  @Override
  public BiFunction<Integer, CommandMessage<?>, CommandMessage<?>> handle(
      List<? extends CommandMessage<?>> messages) {
    return (index, command) -> {
      if (CurrentUnitOfWork.isStarted()) {
        return command;
      }
      MetaData added = MetaData.emptyInstance();
      if (!command.getMetaData().containsKey(AuditMetadata.PRINCIPAL)) {
        added = added.mergedWith(AuditMetadata.of(principals.current()));
      }
      if (!command.getMetaData().containsKey(AuditMetadata.CORRELATION_ID)) {
        added = added.and(AuditMetadata.CORRELATION_ID, correlationIdOfRequest());
      }
      if (!command.getMetaData().containsKey(AuditMetadata.TRACE_PARENT)) {
        added = added.mergedWith(tracing.currentParent());
      }
      return command.andMetaData(added);
    };
  }

  private static String correlationIdOfRequest() {
    String correlationId = CorrelationIdFilter.ofCurrentRequest();
    return correlationId != null ? correlationId : UUID.randomUUID().toString();
  }
}
