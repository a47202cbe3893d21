package org.medsoc.platform.messaging;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import java.util.stream.Stream;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.medsoc.kernel.messaging.EventEnvelope;
import org.medsoc.kernel.messaging.IntegrationEvent;
import org.medsoc.kernel.messaging.IntegrationEventCodec;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.kafka.listener.BatchListenerFailedException;

/**
 * Turns a Kafka record into a call of the handler for its contract, once per event id. A record
 * that cannot be read, or that claims a known type in a version this consumer does not read, throws
 * a {@link org.medsoc.kernel.messaging.MalformedIntegrationEventException}; the container's error
 * handler sends it to the dead-letter topic and the partition moves on. A type the consumer has no
 * handler for is someone else's fact and is passed over.
 */
public final class IntegrationEventRouter {

  private static final Logger log = LoggerFactory.getLogger(IntegrationEventRouter.class);

  private record Route<T extends IntegrationEvent>(
      Class<T> contract, BiConsumer<EventEnvelope, T> handler) {

    Runnable effect(IntegrationEventCodec codec, EventEnvelope envelope) {
      T payload = codec.payload(envelope, contract);
      return () -> handler.accept(envelope, payload);
    }
  }

  private final String consumer;
  private final IntegrationEventCodec codec;
  private final Inbox inbox;
  private final Map<String, Route<?>> routes = new HashMap<>();

  /**
   * @param consumer the name under which handled event ids are remembered; one per read model
   */
  public IntegrationEventRouter(String consumer, IntegrationEventCodec codec, Inbox inbox) {
    this.consumer = consumer;
    this.codec = codec;
    this.inbox = inbox;
  }

  public <T extends IntegrationEvent> IntegrationEventRouter on(
      Class<T> contract, BiConsumer<EventEnvelope, T> handler) {
    routes.put(IntegrationEventCodec.typeOf(contract).name(), new Route<>(contract, handler));
    return this;
  }

  private boolean route(ConsumerRecord<String, String> record) {
    EventEnvelope envelope = codec.decode(record.value());
    Route<?> route = routes.get(envelope.type());
    if (route == null) {
      log.debug("{} passes over {} {}", consumer, envelope.type(), envelope.eventId());
      return false;
    }
    return inbox.processOnce(consumer, delivery(record, envelope, route));
  }

  /**
   * Handles a poll's records in one transaction, their ids recorded in one statement: under load a
   * consumer's own cost was mostly a transaction and an inbox row per record. If one of them cannot
   * be handled, none is kept and they are handled again one by one, so that the failing one alone
   * is named to the error handler, which commits those before it and sets it aside.
   */
  public void routeTogether(List<ConsumerRecord<String, String>> records) {
    if (records.size() > 1) {
      try {
        inbox.processAllOnce(consumer, records.stream().flatMap(this::delivery).toList());
        return;
      } catch (RuntimeException failed) {
        log.debug("{} handles {} records one by one: {}", consumer, records.size(), failed);
      }
    }
    routeEach(records);
  }

  /**
   * Handles a poll's records one by one, each in its own transaction (a command's unit of work
   * commits with its own inbox row, never with another record's); the first that fails is named to
   * the error handler.
   */
  public void routeEach(List<ConsumerRecord<String, String>> records) {
    for (ConsumerRecord<String, String> record : records) {
      try {
        route(record);
      } catch (RuntimeException failed) {
        throw new BatchListenerFailedException(String.valueOf(failed.getMessage()), failed, record);
      }
    }
  }

  private Stream<Inbox.Delivery> delivery(ConsumerRecord<String, String> record) {
    EventEnvelope envelope = codec.decode(record.value());
    Route<?> route = routes.get(envelope.type());
    return route == null ? Stream.empty() : Stream.of(delivery(record, envelope, route));
  }

  private Inbox.Delivery delivery(
      ConsumerRecord<String, String> record, EventEnvelope envelope, Route<?> route) {
    return new Inbox.Delivery(
        envelope, route.effect(codec, envelope), record.topic(), record.headers());
  }
}
