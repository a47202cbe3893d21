package org.medsoc.member.record;

import io.swagger.v3.oas.annotations.Operation;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.List;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.medsoc.kernel.contracts.record.AchievementRecorded;
import org.medsoc.kernel.messaging.EventEnvelope;
import org.medsoc.kernel.messaging.IntegrationEventCodec;
import org.medsoc.kernel.messaging.Topics;
import org.medsoc.platform.messaging.Inbox;
import org.medsoc.platform.messaging.IntegrationEventRouter;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * Each member's professional record: committee appointments, presentations, talks and awards, as
 * the services where they happened publish them. Other services only publish; this keeps the
 * record.
 */
@RestController
public class ProfessionalRecord {

  /** One line of the record. */
  public record Achievement(
      String achievementId,
      AchievementRecorded.Kind kind,
      String title,
      String organization,
      LocalDate achievedOn,
      String source) {}

  private final JdbcTemplate jdbc;
  private final IntegrationEventRouter router;

  public ProfessionalRecord(JdbcTemplate jdbc, IntegrationEventCodec codec, Inbox inbox) {
    this.jdbc = jdbc;
    this.router =
        new IntegrationEventRouter("professional-record", codec, inbox)
            .on(AchievementRecorded.class, this::record);
  }

  @KafkaListener(
      id = "${platform.kafka.consumer-group-prefix}.professional-record",
      topics = Topics.ACHIEVEMENTS)
  void on(ConsumerRecord<String, String> message) {
    router.route(message);
  }

  private void record(EventEnvelope envelope, AchievementRecorded achievement) {
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

  @Operation(
      summary = "A member's professional record, newest first",
      description = "Staff and members: it is the member's public professional achievements.")
  @GetMapping("/members/{memberId}/record")
  public List<Achievement> of(@PathVariable String memberId) {
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
