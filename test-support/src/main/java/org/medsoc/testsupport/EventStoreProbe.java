package org.medsoc.testsupport;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Reads a service's event store directly, to check what was (and was not) recorded; and appends an
 * event as an older version or a bug might have stored it, which the API would refuse today.
 */
public final class EventStoreProbe {

  private final JdbcTemplate jdbc;

  public EventStoreProbe(DataSource dataSource) {
    this.jdbc = new JdbcTemplate(dataSource);
  }

  public long eventCount() {
    Long count = jdbc.queryForObject("SELECT count(*) FROM domainevententry", Long.class);
    return count == null ? 0 : count;
  }

  /** The simple names of the payload types stored for an aggregate, in order. */
  public List<String> eventTypesOf(String aggregateId) {
    return jdbc
        .queryForList(
            "SELECT payloadtype FROM domainevententry WHERE aggregateidentifier = ? ORDER BY sequencenumber",
            String.class,
            aggregateId)
        .stream()
        .map(type -> type.substring(type.lastIndexOf('.') + 1).replace('$', '.'))
        .toList();
  }

  /** The metadata of the aggregate's last event, as stored (JSON). */
  public String lastMetadataOf(String aggregateId) {
    return jdbc.queryForObject(
        "SELECT convert_from(metadata, 'UTF8') FROM domainevententry WHERE aggregateidentifier = ?"
            + " ORDER BY sequencenumber DESC LIMIT 1",
        String.class,
        aggregateId);
  }

  /**
   * Appends an event row as Axon's JDBC store writes it, with the payload's JSON as given.
   *
   * @return the stored event's identifier
   */
  public String append(
      String aggregateType,
      String aggregateId,
      long sequenceNumber,
      Class<?> payloadType,
      String payloadJson) {
    String eventId = UUID.randomUUID().toString();
    jdbc.update(
        """
        INSERT INTO domainevententry (aggregateidentifier, sequencenumber, type, eventidentifier,
            metadata, payload, payloadrevision, payloadtype, timestamp)
        VALUES (?, ?, ?, ?, convert_to('{}', 'UTF8'), convert_to(?, 'UTF8'), NULL, ?, ?)
        """,
        aggregateId,
        sequenceNumber,
        aggregateType,
        eventId,
        payloadJson,
        payloadType.getName(),
        Instant.now().toString());
    return eventId;
  }
}
