package org.medsoc.platform.audit;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventHandler;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Seals each stored event into the hash chain, one at a time in the order a tracking processor
 * reads the store (which waits for gaps), so every event is sealed once, after the one before it.
 * It reads the event's row as stored, not the message, so the seal covers the exact bytes. Events
 * stored before the sealer existed reach it as a replay, and are sealed too; sealing an event twice
 * changes nothing.
 */
@ProcessingGroup(EventSealer.PROCESSING_GROUP)
public class EventSealer {

  public static final String PROCESSING_GROUP = "event-sealer";

  private final JdbcTemplate jdbc;
  private final ChainKey key;

  public EventSealer(JdbcTemplate jdbc, ChainKey key) {
    this.jdbc = jdbc;
    this.key = key;
  }

  /** Takes the message, not the payload: sealing never needs to read an event's content. */
  @EventHandler
  void on(DomainEventMessage<?> event) {
    jdbc.execute(
        (java.sql.Connection connection) -> {
          byte[] previous = new byte[0];
          try (PreparedStatement last =
                  connection.prepareStatement(
                      "SELECT hash FROM event_seal ORDER BY seal_sequence DESC LIMIT 1");
              ResultSet rs = last.executeQuery()) {
            if (rs.next()) {
              previous = rs.getBytes(1);
            }
          }
          try (PreparedStatement row =
              connection.prepareStatement(
                  "SELECT "
                      + EventChain.EVENT_COLUMNS
                      + " FROM domainevententry e WHERE e.eventidentifier = ?")) {
            row.setString(1, event.getIdentifier());
            try (ResultSet rs = row.executeQuery()) {
              if (!rs.next()) {
                throw new IllegalStateException(
                    "event " + event.getIdentifier() + " is not stored");
              }
              try (PreparedStatement seal =
                  connection.prepareStatement(
                      "INSERT INTO event_seal (global_index, event_identifier, hash, scheme)"
                          + " VALUES (?, ?, ?, ?) ON CONFLICT DO NOTHING")) {
                seal.setLong(1, rs.getLong("globalindex"));
                seal.setString(2, event.getIdentifier());
                seal.setBytes(3, EventChain.link(key, previous, rs));
                seal.setInt(4, EventChain.KEYED);
                seal.executeUpdate();
              }
            }
          }
          return null;
        });
  }
}
