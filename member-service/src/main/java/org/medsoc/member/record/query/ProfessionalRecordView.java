package org.medsoc.member.record.query;

import java.sql.Date;
import java.sql.Timestamp;
import java.util.List;
import org.medsoc.kernel.contracts.record.AchievementRecorded;
import org.medsoc.kernel.messaging.EventEnvelope;
import org.medsoc.member.record.api.Achievement;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Each member's professional record: committee appointments, presentations, talks and awards, as
 * the services where they happened publish them. Other services only publish; this keeps the
 * record.
 */
@Component
public class ProfessionalRecordView {

  private final JdbcTemplate jdbc;

  public ProfessionalRecordView(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  /** An achievement told twice is recorded once. */
  public void record(EventEnvelope envelope, AchievementRecorded achievement) {
    jdbc.update(
        """
        INSERT INTO professional_record (achievement_id, member_id, kind, title, organization,
            achieved_on, source, recorded_at)
        VALUES (?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (achievement_id) DO NOTHING
        """,
        achievement.achievementId(),
        achievement.memberId(),
        achievement.kind().name(),
        achievement.title(),
        achievement.organization(),
        Date.valueOf(achievement.achievedOn()),
        envelope.principal().subject(),
        Timestamp.from(envelope.occurredAt()));
  }

  /** Newest first. */
  public List<Achievement> of(String memberId) {
    return jdbc.query(
        "SELECT * FROM professional_record WHERE member_id = ? ORDER BY achieved_on DESC, achievement_id",
        (rs, i) ->
            new Achievement(
                rs.getString("achievement_id"),
                AchievementRecorded.Kind.valueOf(rs.getString("kind")),
                rs.getString("title"),
                rs.getString("organization"),
                rs.getDate("achieved_on").toLocalDate(),
                rs.getString("source")),
        memberId);
  }
}
