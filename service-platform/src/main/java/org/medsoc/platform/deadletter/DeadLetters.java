package org.medsoc.platform.deadletter;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeSet;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.messaging.deadletter.SequencedDeadLetterProcessor;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * What the service's streaming processors have set aside, and the retry of it after a fix. Each
 * processing group has its own sequenced queue in {@code deadletterentry}; a sequence is one
 * aggregate's events from the first that failed.
 */
public class DeadLetters {

  /** One event set aside, with the reason it failed. */
  public record Letter(
      String processingGroup,
      String sequenceIdentifier,
      long sequenceIndex,
      String eventIdentifier,
      String payloadType,
      Long aggregateSequenceNumber,
      Instant enqueuedAt,
      Instant lastTouched,
      String causeType,
      String causeMessage) {}

  /** What a retry did: sequences handled to their end, and those that failed again. */
  public record Retry(String processingGroup, int retried, int stillDead) {}

  private final EventProcessingConfiguration processing;
  private final JdbcTemplate jdbc;

  public DeadLetters(EventProcessingConfiguration processing, JdbcTemplate jdbc) {
    this.processing = processing;
    this.jdbc = jdbc;
  }

  /** The processing groups that have a dead-letter queue. */
  public SortedSet<String> groups() {
    SortedSet<String> groups = new TreeSet<>();
    for (String group : processing.eventProcessors().keySet()) {
      if (processing.deadLetterQueue(group).isPresent()) {
        groups.add(group);
      }
    }
    return groups;
  }

  /** Letters per group with a queue, zero included. */
  public Map<String, Long> counts() {
    Map<String, Long> counts = new LinkedHashMap<>();
    groups().forEach(group -> counts.put(group, 0L));
    jdbc.query(
        "SELECT processinggroup, count(*) FROM deadletterentry GROUP BY processinggroup",
        rs -> {
          counts.put(rs.getString(1), rs.getLong(2));
        });
    return counts;
  }

  public long count(String processingGroup) {
    Long count =
        jdbc.queryForObject(
            "SELECT count(*) FROM deadletterentry WHERE processinggroup = ?",
            Long.class,
            processingGroup);
    return count == null ? 0 : count;
  }

  public List<Letter> list(Optional<String> processingGroup, int limit) {
    return jdbc.query(
        """
        SELECT processinggroup, sequenceidentifier, sequenceindex, eventidentifier, payloadtype,
               sequencenumber, enqueuedat, lasttouched, causetype, causemessage
        FROM deadletterentry
        WHERE (?::text IS NULL OR processinggroup = ?)
        ORDER BY processinggroup, sequenceidentifier, sequenceindex
        LIMIT ?
        """,
        (rs, i) ->
            new Letter(
                rs.getString("processinggroup"),
                rs.getString("sequenceidentifier"),
                rs.getLong("sequenceindex"),
                rs.getString("eventidentifier"),
                rs.getString("payloadtype"),
                (Long) rs.getObject("sequencenumber"),
                instant(rs.getString("enqueuedat")),
                instant(rs.getString("lasttouched")),
                rs.getString("causetype"),
                rs.getString("causemessage")),
        processingGroup.orElse(null),
        processingGroup.orElse(null),
        limit);
  }

  /**
   * Hands every sequence of the group (or the one named) to its handlers again, each from its first
   * letter; a sequence that fails again stays, with the new cause.
   */
  public Optional<Retry> retry(String processingGroup, Optional<String> sequenceIdentifier) {
    Optional<SequencedDeadLetterProcessor<EventMessage<?>>> processor =
        processing.sequencedDeadLetterProcessor(processingGroup);
    if (processor.isEmpty()) {
      return Optional.empty();
    }
    List<String> firstLetters =
        jdbc.queryForList(
            """
            SELECT eventidentifier FROM deadletterentry d
            WHERE processinggroup = ? AND (?::text IS NULL OR sequenceidentifier = ?)
              AND sequenceindex = (SELECT min(sequenceindex) FROM deadletterentry f
                                   WHERE f.processinggroup = d.processinggroup
                                     AND f.sequenceidentifier = d.sequenceidentifier)
            """,
            String.class,
            processingGroup,
            sequenceIdentifier.orElse(null),
            sequenceIdentifier.orElse(null));
    int retried = 0;
    for (String eventIdentifier : firstLetters) {
      if (processor
          .get()
          .process(letter -> letter.message().getIdentifier().equals(eventIdentifier))) {
        retried++;
      }
    }
    return Optional.of(new Retry(processingGroup, retried, firstLetters.size() - retried));
  }

  private static Instant instant(String stored) {
    return stored == null ? null : Instant.parse(stored);
  }
}
