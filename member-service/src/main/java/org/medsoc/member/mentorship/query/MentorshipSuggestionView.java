package org.medsoc.member.mentorship.query;

import java.sql.Date;
import java.sql.Timestamp;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.medsoc.kernel.contracts.events.MentoringPairProposed;
import org.medsoc.kernel.messaging.EventEnvelope;
import org.medsoc.member.mentorship.api.Suggestion;
import org.medsoc.member.mentorship.command.SuggestedMentors;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Speed-mentoring pairs from events-service, offered to the trainee as possible mentorships: the
 * trainee decides whether to ask the mentor (a mentorship request), so nothing starts on its own.
 */
@Component
public class MentorshipSuggestionView implements SuggestedMentors {

  private final JdbcTemplate jdbc;

  public MentorshipSuggestionView(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  /** A pair told twice is suggested once. */
  public void record(EventEnvelope envelope, MentoringPairProposed pair) {
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

  /** Newest first. */
  public List<Suggestion> of(String memberId) {
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
