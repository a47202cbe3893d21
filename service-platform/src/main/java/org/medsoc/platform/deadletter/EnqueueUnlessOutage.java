package org.medsoc.platform.deadletter;

import static org.axonframework.messaging.deadletter.ThrowableCause.truncated;

import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.messaging.deadletter.DeadLetter;
import org.axonframework.messaging.deadletter.Decisions;
import org.axonframework.messaging.deadletter.EnqueueDecision;
import org.axonframework.messaging.deadletter.EnqueuePolicy;
import org.medsoc.platform.resilience.Outage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * An event that fails because of what it holds is set aside; one that fails because the database or
 * the broker is away is not its fault: the failure is thrown on, the batch is rolled back and
 * retried when the infrastructure answers again, as before dead letters existed.
 */
public class EnqueueUnlessOutage implements EnqueuePolicy<EventMessage<?>> {

  private static final Logger log = LoggerFactory.getLogger(EnqueueUnlessOutage.class);

  @Override
  public EnqueueDecision<EventMessage<?>> decide(
      DeadLetter<? extends EventMessage<?>> letter, Throwable cause) {
    if (Outage.isOutage(cause)) {
      throw new OutageWhileHandling(cause);
    }
    log.error(
        "Set aside {} {} (aggregate {}); its later events wait behind it until retried: {}",
        letter.message().getPayloadType().getSimpleName(),
        letter.message().getIdentifier(),
        letter.message() instanceof DomainEventMessage<?> event
            ? event.getAggregateIdentifier()
            : "none",
        cause.toString());
    return Decisions.enqueue(truncated(cause));
  }

  /** Carries an outage out of the dead-letter queue so the processor retries the batch. */
  static final class OutageWhileHandling extends RuntimeException {
    OutageWhileHandling(Throwable cause) {
      super(cause);
    }
  }
}
