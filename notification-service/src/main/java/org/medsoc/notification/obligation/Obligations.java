package org.medsoc.notification.obligation;

import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.List;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.medsoc.kernel.contracts.committee.NominationRecorded;
import org.medsoc.kernel.contracts.events.MeetingHeld;
import org.medsoc.kernel.contracts.member.MentorshipStepRecorded;
import org.medsoc.kernel.messaging.EventEnvelope;
import org.medsoc.kernel.messaging.IntegrationEventCodec;
import org.medsoc.kernel.messaging.Topics;
import org.medsoc.notification.obligation.Ledger.Obligation;
import org.medsoc.platform.messaging.Inbox;
import org.medsoc.platform.messaging.IntegrationEventRouter;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/**
 * Turns the services' facts into what the people concerned must hear, each obligation keyed by the
 * record and the step it comes from. Only what a mail may say is kept: the title of a call, never
 * who nominated; that someone asks, never the ask; that a meeting was held, never what for.
 */
@Component
public class Obligations {

  /** Follow-ups are due 3 to 7 days after a meeting: the reminder comes on the third morning. */
  static final int FOLLOW_UP_AFTER_DAYS = 3;

  /** An argument naming a member, shown in the mail as their name. */
  public static final String MEMBER = "member:";

  private static final LocalTime MORNING = LocalTime.of(8, 0);

  private final Ledger ledger;
  private final IntegrationEventRouter router;

  public Obligations(Ledger ledger, IntegrationEventCodec codec, Inbox inbox) {
    this.ledger = ledger;
    this.router =
        new IntegrationEventRouter("obligations", codec, inbox)
            .on(NominationRecorded.class, this::nomination)
            .on(MentorshipStepRecorded.class, this::mentorship)
            .on(MeetingHeld.class, this::meeting);
  }

  @KafkaListener(
      id = "${platform.kafka.consumer-group-prefix}.obligations",
      topics = {Topics.NOMINATIONS, Topics.MENTORSHIPS, Topics.MEETINGS})
  void on(ConsumerRecord<String, String> record) {
    router.route(record);
  }

  private void nomination(EventEnvelope envelope, NominationRecorded n) {
    if (n.step() == NominationRecorded.Step.SUBMITTED) {
      ledger.owe(
          new Obligation(
              "nomination-consent:" + n.nominationId(),
              n.nomineeId(),
              Kind.NOMINATION_CONSENT,
              n.societyId(),
              List.of(n.title()),
              "/service#received",
              envelope.occurredAt()));
    }
  }

  private void mentorship(EventEnvelope envelope, MentorshipStepRecorded m) {
    switch (m.step()) {
      case REQUESTED ->
          ledger.owe(
              new Obligation(
                  "mentorship-requested:" + m.mentorshipId(),
                  m.mentorId(),
                  Kind.MENTORSHIP_REQUESTED,
                  null,
                  List.of(MEMBER + m.menteeId()),
                  "/mentorship#inbox",
                  envelope.occurredAt()));
      case ACCEPTED, DECLINED ->
          ledger.owe(
              new Obligation(
                  "mentorship-answered:" + m.mentorshipId(),
                  m.menteeId(),
                  m.step() == MentorshipStepRecorded.Step.ACCEPTED
                      ? Kind.MENTORSHIP_ACCEPTED
                      : Kind.MENTORSHIP_DECLINED,
                  null,
                  List.of(MEMBER + m.mentorId()),
                  "/mentorship",
                  envelope.occurredAt()));
      default -> {}
    }
  }

  private void meeting(EventEnvelope envelope, MeetingHeld m) {
    Instant due =
        m.heldOn().plusDays(FOLLOW_UP_AFTER_DAYS).atTime(MORNING).toInstant(ZoneOffset.UTC);
    ledger.owe(
        new Obligation(
            "meeting-follow-up:" + m.meetingId(),
            m.requesterId(),
            Kind.MEETING_FOLLOW_UP,
            m.societyId(),
            List.of(MEMBER + m.inviteeId(), m.heldOn().toString()),
            "/attend/" + m.conferenceId() + "#owed",
            due));
  }
}
