package org.medsoc.events.erasure;

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
 * What the views hold of an erased attendee's own words (the purpose of a meeting they asked for,
 * their answer to an invitation, the reason given for their abstract) reads as erased, as their
 * events do once their key is gone; the meetings, invitations and abstracts stay.
 */
@Component
public class ErasedAttendees {

  private final JdbcTemplate jdbc;
  private final ViewScrubs scrubs;
  private final IntegrationEventRouter router;

  public ErasedAttendees(
      JdbcTemplate jdbc, ViewScrubs scrubs, IntegrationEventCodec codec, Inbox inbox) {
    this.jdbc = jdbc;
    this.scrubs = scrubs;
    this.router =
        new IntegrationEventRouter("erased-attendees", codec, inbox)
            .on(MemberErased.class, this::scrub);
  }

  @KafkaListener(
      id = "${platform.kafka.consumer-group-prefix}.erased-attendees",
      topics = Topics.MEMBERSHIPS)
  void on(ConsumerRecord<String, String> record) {
    router.route(record);
  }

  private void scrub(EventEnvelope envelope, MemberErased erased) {
    scrubs.erase(erased.memberId(), this::scrubViews);
  }

  private void scrubViews(String member) {
    String mark = PersonalData.ERASED;
    jdbc.update("UPDATE meeting_view SET purpose = ? WHERE requester_id = ?", mark, member);
    jdbc.update(
        "UPDATE invitation_view SET reason = ? WHERE member_id = ? AND reason IS NOT NULL",
        mark,
        member);
    jdbc.update(
        "UPDATE abstract_view SET decision_reason = ? WHERE member_id = ?"
            + " AND decision_reason IS NOT NULL",
        mark,
        member);
  }
}
