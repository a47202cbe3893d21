package org.medsoc.platform.messaging;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.messaging.MetaData;
import org.medsoc.kernel.messaging.ActingPrincipal;
import org.medsoc.kernel.messaging.EventEnvelope;
import org.medsoc.kernel.messaging.IntegrationEvent;
import org.medsoc.kernel.messaging.IntegrationEventCodec;
import org.medsoc.kernel.messaging.IntegrationEventType;
import org.medsoc.platform.axon.AuditMetadata;
import org.medsoc.platform.republish.Republication;
import org.springframework.kafka.core.KafkaTemplate;

/**
 * Publishes integration events from a tracking event processor that reads the service's own event
 * store: the store is the outbox. A send is acknowledged by the broker before the handler returns,
 * so the processor's token only moves past an event once its facts are on Kafka (at least once).
 * The envelope id is derived from the domain event, so a re-publication after a crash, or a
 * deliberate one ({@link Republication}), carries the same id and consumers drop it.
 */
public class IntegrationEventPublisher {

  private static final Duration SEND_TIMEOUT = Duration.ofSeconds(30);

  private final KafkaTemplate<String, String> kafka;
  private final IntegrationEventCodec codec;
  private final MessageTracing tracing;

  public IntegrationEventPublisher(
      KafkaTemplate<String, String> kafka, IntegrationEventCodec codec, MessageTracing tracing) {
    this.kafka = kafka;
    this.codec = codec;
    this.tracing = tracing;
  }

  /** Publishes the one integration event a domain event causes. */
  public void publish(EventMessage<?> cause, IntegrationEvent event) {
    publish(cause, event, "");
  }

  /**
   * Publishes one of several integration events a domain event causes; the discriminator tells them
   * apart so each keeps a stable id of its own.
   */
  public void publish(EventMessage<?> cause, IntegrationEvent event, String discriminator) {
    IntegrationEventType type = IntegrationEventCodec.typeOf(event.getClass());
    MetaData metaData = cause.getMetaData();
    String correlationId = AuditMetadata.string(metaData, AuditMetadata.CORRELATION_ID);
    EventEnvelope envelope =
        codec.wrap(
            event,
            stableId(cause.getIdentifier(), type, discriminator),
            cause.getTimestamp(),
            AuditMetadata.principal(metaData),
            AuditMetadata.onBehalfOf(metaData),
            correlationId != null ? correlationId : cause.getIdentifier(),
            cause.getIdentifier());
    if (Republication.sends(type.topic(), cause)) {
      send(type, envelope, metaData);
    }
  }

  /**
   * Publishes a fact the service states itself, caused by no domain event (a checkpoint of its
   * event chain): the id is the caller's, and the fact is its own cause.
   */
  public void publishOwn(IntegrationEvent event, UUID eventId, Instant at, String service) {
    IntegrationEventType type = IntegrationEventCodec.typeOf(event.getClass());
    EventEnvelope envelope =
        codec.wrap(
            event,
            eventId,
            at,
            new ActingPrincipal(service, List.of()),
            null,
            eventId.toString(),
            eventId.toString());
    send(type, envelope, MetaData.emptyInstance());
  }

  private void send(IntegrationEventType type, EventEnvelope envelope, MetaData causeMetaData) {
    ProducerRecord<String, String> record =
        new ProducerRecord<>(type.topic(), envelope.aggregateId(), codec.encode(envelope));
    tracing.publishing(
        type.topic(),
        envelope,
        causeMetaData,
        record.headers(),
        () -> {
          send(record);
          return record;
        });
  }

  private void send(ProducerRecord<String, String> record) {
    try {
      kafka.send(record).get(SEND_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("Interrupted while publishing to " + record.topic(), e);
    } catch (ExecutionException | TimeoutException e) {
      throw new IllegalStateException("Kafka did not acknowledge a record on " + record.topic(), e);
    }
  }

  private static UUID stableId(
      String domainEventId, IntegrationEventType type, String discriminator) {
    String seed = domainEventId + "|" + type.name() + "|v" + type.version() + "|" + discriminator;
    return UUID.nameUUIDFromBytes(seed.getBytes(StandardCharsets.UTF_8));
  }
}
