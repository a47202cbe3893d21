package org.medsoc.platform.messaging;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.apache.kafka.common.header.Headers;
import org.medsoc.kernel.messaging.EventEnvelope;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Remembers which integration events a consumer has handled, in the same transaction as the
 * handler's effect: a duplicate delivery finds its id already recorded and changes nothing, and a
 * crash between effect and record is impossible because they commit together.
 */
public class Inbox {

  /**
   * An event, what handling it does, and the topic and headers of the record it came in (which name
   * the trace it is part of).
   */
  public record Delivery(EventEnvelope envelope, Runnable effect, String topic, Headers headers) {

    public Delivery(EventEnvelope envelope, Runnable effect) {
      this(envelope, effect, null, null);
    }
  }

  private final JdbcTemplate jdbc;
  private final TransactionTemplate transaction;
  private final MessageTracing tracing;

  public Inbox(JdbcTemplate jdbc, TransactionTemplate transaction) {
    this(jdbc, transaction, MessageTracing.NONE);
  }

  public Inbox(JdbcTemplate jdbc, TransactionTemplate transaction, MessageTracing tracing) {
    this.jdbc = jdbc;
    this.transaction = transaction;
    this.tracing = tracing;
  }

  /**
   * Runs the effect unless this consumer already handled the event.
   *
   * @return whether the effect ran
   */
  public boolean processOnce(String consumer, EventEnvelope envelope, Runnable effect) {
    return processOnce(consumer, new Delivery(envelope, effect));
  }

  /**
   * Runs the delivery's effect unless this consumer already handled its event.
   *
   * @return whether the effect ran
   */
  public boolean processOnce(String consumer, Delivery delivery) {
    return processAllOnce(consumer, List.of(delivery)) == 1;
  }

  /**
   * Runs, in one transaction and in their order, the effects of the events this consumer has not
   * handled yet; their ids are recorded in one statement. If one effect fails, none is kept.
   *
   * @return how many effects ran
   */
  public int processAllOnce(String consumer, List<Delivery> deliveries) {
    Integer ran =
        transaction.execute(
            status -> {
              Set<UUID> unseen = record(consumer, deliveries);
              int effects = 0;
              for (Delivery delivery : deliveries) {
                if (unseen.remove(delivery.envelope().eventId())) {
                  tracing.consuming(consumer, delivery, delivery.effect());
                  effects++;
                }
              }
              return effects;
            });
    return ran == null ? 0 : ran;
  }

  private Set<UUID> record(String consumer, List<Delivery> deliveries) {
    List<EventEnvelope> envelopes = deliveries.stream().map(Delivery::envelope).toList();
    return new HashSet<>(
        jdbc.queryForList(
            """
            INSERT INTO processed_integration_event
                (consumer, event_id, event_type, schema_version, aggregate_id, processed_at)
            SELECT ?, e.event_id, e.event_type, e.schema_version, e.aggregate_id, now()
              FROM unnest(?::uuid[], ?::varchar[], ?::integer[], ?::varchar[])
                   AS e (event_id, event_type, schema_version, aggregate_id)
            ON CONFLICT (consumer, event_id) DO NOTHING
            RETURNING event_id
            """,
            UUID.class,
            consumer,
            envelopes.stream().map(e -> e.eventId().toString()).toArray(String[]::new),
            envelopes.stream().map(EventEnvelope::type).toArray(String[]::new),
            envelopes.stream().map(EventEnvelope::schemaVersion).toArray(Integer[]::new),
            envelopes.stream().map(EventEnvelope::aggregateId).toArray(String[]::new)));
  }
}
