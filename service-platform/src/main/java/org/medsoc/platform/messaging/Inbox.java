package org.medsoc.platform.messaging;

import org.medsoc.kernel.messaging.EventEnvelope;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Remembers which integration events a consumer has handled, in the same transaction as the
 * handler's effect: a duplicate delivery finds its id already recorded and changes nothing, and a
 * crash between effect and record is impossible because they commit together.
 */
public class Inbox {

  private final JdbcTemplate jdbc;
  private final TransactionTemplate transaction;

  public Inbox(JdbcTemplate jdbc, TransactionTemplate transaction) {
    this.jdbc = jdbc;
    this.transaction = transaction;
  }

  /**
   * Runs the effect unless this consumer already handled the event.
   *
   * @return whether the effect ran
   */
  public boolean processOnce(String consumer, EventEnvelope envelope, Runnable effect) {
    Boolean ran =
        transaction.execute(
            status -> {
              int recorded =
                  jdbc.update(
                      """
                      INSERT INTO processed_integration_event
                          (consumer, event_id, event_type, schema_version, aggregate_id, processed_at)
                      VALUES (?, ?, ?, ?, ?, now())
                      ON CONFLICT (consumer, event_id) DO NOTHING
                      """,
                      consumer,
                      envelope.eventId(),
                      envelope.type(),
                      envelope.schemaVersion(),
                      envelope.aggregateId());
              if (recorded == 0) {
                return false;
              }
              effect.run();
              return true;
            });
    return Boolean.TRUE.equals(ran);
  }
}
