package org.medsoc.member.mentorship.suggestion;

import io.swagger.v3.oas.annotations.Operation;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.medsoc.kernel.contracts.events.MentoringPairProposed;
import org.medsoc.kernel.messaging.EventEnvelope;
import org.medsoc.kernel.messaging.IntegrationEventCodec;
import org.medsoc.kernel.messaging.Topics;
import org.medsoc.member.mentorship.command.SuggestedMentors;
import org.medsoc.platform.messaging.Inbox;
import org.medsoc.platform.messaging.IntegrationEventRouter;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * Speed-mentoring pairs from events-service, offered to the trainee as possible mentorships: the
 * trainee decides whether to ask the mentor (a mentorship request), so nothing starts on its own.
 */
@RestController
public class MentorshipSuggestions implements SuggestedMentors {

  /** A mentor the trainee met at speed-mentoring. */
  public record Suggestion(
      String pairId,
      String mentorId,
      Set<String> sharedInterests,
      String conferenceId,
      LocalDate metOn,
      String mentorshipId) {}

  private final JdbcTemplate jdbc;
  private final IntegrationEventRouter router;

  public MentorshipSuggestions(JdbcTemplate jdbc, IntegrationEventCodec codec, Inbox inbox) {
    this.jdbc = jdbc;
    this.router =
        new IntegrationEventRouter("mentorship-suggestions", codec, inbox)
            .on(MentoringPairProposed.class, this::record);
  }

  @KafkaListener(
      id = "${platform.kafka.consumer-group-prefix}.mentorship-suggestions",
      topics = Topics.MENTORING_PAIRS)
  void on(ConsumerRecord<String, String> message) {
    router.route(message);
  }

  private void record(EventEnvelope envelope, MentoringPairProposed pair) {
    jdbc.update(
        """
        INSERT INTO mentorship_suggestion (pair_id, mentee_id, mentor_id, shared_interests,
            conference_id, met_on, suggested_at)
        VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT (pair_id) DO NOTHING
        """,
        ps -> {
          ps.setString(1, pair.pairId());
          ps.setString(2, pair.traineeId());
          ps.setString(3, pair.mentorId());
          ps.setArray(
              4, ps.getConnection().createArrayOf("text", pair.sharedInterests().toArray()));
          ps.setString(5, pair.conferenceId());
          ps.setDate(6, Date.valueOf(pair.metOn()));
          ps.setTimestamp(7, Timestamp.from(envelope.occurredAt()));
        });
  }

  @Operation(
      summary = "Mentors the member met at speed-mentoring, offered as possible mentorships",
      description = "The member themself.")
  @GetMapping("/members/{memberId}/mentorship-suggestions")
  public List<Suggestion> of(@PathVariable String memberId) {
    return jdbc.query(
        """
        SELECT s.*, m.mentorship_id FROM mentorship_suggestion s
          LEFT JOIN mentorship m ON m.suggestion_id = s.pair_id
         WHERE s.mentee_id = ? ORDER BY s.met_on DESC, s.pair_id
        """,
        (rs, i) ->
            new Suggestion(
                rs.getString("pair_id"),
                rs.getString("mentor_id"),
                Set.copyOf(Arrays.asList((String[]) rs.getArray("shared_interests").getArray())),
                rs.getString("conference_id"),
                rs.getDate("met_on").toLocalDate(),
                rs.getString("mentorship_id")),
        memberId);
  }

  @Override
  public boolean suggested(String suggestionId, String menteeId, String mentorId) {
    return Boolean.TRUE.equals(
        jdbc.queryForObject(
            """
            SELECT EXISTS (SELECT 1 FROM mentorship_suggestion
                            WHERE pair_id = ? AND mentee_id = ? AND mentor_id = ?)
            """,
            Boolean.class,
            suggestionId,
            menteeId,
            mentorId));
  }
}
