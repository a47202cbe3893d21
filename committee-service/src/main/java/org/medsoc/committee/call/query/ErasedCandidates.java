package org.medsoc.committee.call.query;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.medsoc.kernel.contracts.member.MemberErased;
import org.medsoc.kernel.messaging.EventEnvelope;
import org.medsoc.kernel.messaging.IntegrationEventCodec;
import org.medsoc.kernel.messaging.Topics;
import org.medsoc.platform.messaging.Inbox;
import org.medsoc.platform.messaging.IntegrationEventRouter;
import org.medsoc.platform.personal.PersonalData;
import org.medsoc.platform.personal.ViewScrubs;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/**
 * What the views hold of an erased candidate's own data (statements of and about them, their
 * endorsements, the reasons given them) reads as erased, as their events do once their key is gone;
 * who nominated whom, and what came of it, stays.
 */
@Component
public class ErasedCandidates {

  private final JdbcTemplate jdbc;
  private final ViewScrubs scrubs;
  private final IntegrationEventRouter router;

  public ErasedCandidates(
      JdbcTemplate jdbc, ViewScrubs scrubs, IntegrationEventCodec codec, Inbox inbox) {
    this.jdbc = jdbc;
    this.scrubs = scrubs;
    this.router =
        new IntegrationEventRouter("erased-candidates", codec, inbox)
            .on(MemberErased.class, this::scrub);
  }

  @KafkaListener(
      id = "${platform.kafka.consumer-group-prefix}.erased-candidates",
      topics = Topics.MEMBERSHIPS)
  void on(ConsumerRecord<String, String> record) {
    router.route(record);
  }

  private void scrub(EventEnvelope envelope, MemberErased erased) {
    scrubs.erase(erased.memberId(), this::scrubViews);
  }

  private void scrubViews(String member) {
    String mark = PersonalData.ERASED;
    jdbc.update(
        """
        UPDATE submission_view SET
            statement = CASE WHEN statement IS NULL THEN NULL ELSE ? END,
            reason = CASE WHEN reason IS NULL THEN NULL ELSE ? END
        WHERE candidate_id = ?
        """,
        mark,
        mark,
        member);
    jdbc.update(
        "UPDATE call_submission SET statement = ? WHERE candidate_id = ? AND statement IS NOT NULL",
        mark,
        member);
    jdbc.update(
        "UPDATE endorsement_view e SET endorsement = ? FROM submission_view s"
            + " WHERE s.submission_id = e.submission_id AND s.candidate_id = ?",
        mark,
        member);
    jdbc.update("UPDATE conflict_view SET reason = ? WHERE candidate_id = ?", mark, member);
  }
}
