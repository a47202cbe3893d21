package org.medsoc.testsupport;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.messaging.MetaData;
import org.medsoc.kernel.json.KernelJson;
import org.medsoc.kernel.messaging.IntegrationEvent;
import org.medsoc.kernel.messaging.IntegrationEventCodec;
import org.medsoc.platform.messaging.IntegrationEventPublisher;
import org.medsoc.platform.messaging.MessageTracing;

/**
 * Keeps what a publisher hands to Kafka instead of sending it, so a test can hold a publisher's
 * mapping from domain events to contracts to the rule. Delivery itself is tested on a real broker.
 */
public final class PublishedFacts extends IntegrationEventPublisher {

  private final List<IntegrationEvent> facts = new ArrayList<>();

  public PublishedFacts() {
    super(null, new IntegrationEventCodec(KernelJson.newObjectMapper()), MessageTracing.NONE);
  }

  @Override
  public void publish(EventMessage<?> cause, IntegrationEvent event, String discriminator) {
    facts.add(event);
  }

  public List<IntegrationEvent> facts() {
    return List.copyOf(facts);
  }

  /** A domain event stored at a moment, for a publisher that tells the day it happened. */
  public static GenericDomainEventMessage<Object> storedAt(
      String aggregateId, long sequence, Instant at) {
    return new GenericDomainEventMessage<>(
        "Aggregate",
        aggregateId,
        sequence,
        null,
        MetaData.emptyInstance(),
        UUID.randomUUID().toString(),
        at);
  }

  /** A domain event as the store hands it on: from its aggregate, at this sequence number. */
  public static GenericDomainEventMessage<Object> stored(
      String aggregateId, long sequence, Object event) {
    return new GenericDomainEventMessage<>("Aggregate", aggregateId, sequence, event);
  }
}
