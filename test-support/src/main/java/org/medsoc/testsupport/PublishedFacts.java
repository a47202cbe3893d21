package org.medsoc.testsupport;

import java.util.ArrayList;
import java.util.List;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.medsoc.kernel.json.KernelJson;
import org.medsoc.kernel.messaging.IntegrationEvent;
import org.medsoc.kernel.messaging.IntegrationEventCodec;
import org.medsoc.platform.messaging.IntegrationEventPublisher;

/**
 * Keeps what a publisher hands to Kafka instead of sending it, so a test can hold a publisher's
 * mapping from domain events to contracts to the rule. Delivery itself is tested on a real broker.
 */
public final class PublishedFacts extends IntegrationEventPublisher {

  private final List<IntegrationEvent> facts = new ArrayList<>();

  public PublishedFacts() {
    super(null, new IntegrationEventCodec(KernelJson.newObjectMapper()));
  }

  @Override
  public void publish(EventMessage<?> cause, IntegrationEvent event, String discriminator) {
    facts.add(event);
  }

  public List<IntegrationEvent> facts() {
    return List.copyOf(facts);
  }

  /** A domain event as the store hands it on: from its aggregate, at this sequence number. */
  public static GenericDomainEventMessage<Object> stored(
      String aggregateId, long sequence, Object event) {
    return new GenericDomainEventMessage<>("Aggregate", aggregateId, sequence, event);
  }
}
