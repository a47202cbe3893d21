package org.medsoc.notification.obligation;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.medsoc.kernel.contracts.committee.NominationRecorded;
import org.medsoc.kernel.contracts.events.MeetingStepRecorded;
import org.medsoc.kernel.contracts.member.MembershipChanged;
import org.medsoc.kernel.contracts.member.MentorshipStepRecorded;
import org.medsoc.kernel.member.MembershipStatus;
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
 * who nominated; that someone asks, never the ask; that a meeting was held, never what for. An
 * obligation met before its day (a follow-up sent, a membership renewed) is withdrawn unsent.
 */
@Component
public class Obligations {

  /** The renewal reminder comes this many days before the paid period ends. */
  static final int RENEWAL_NOTICE_DAYS = 30;

  /** An argument naming a member, shown in the mail as their name. */
  public static final String MEMBER = "member:";

  /** Reminders of a day go out in its morning, in the time zone the day is counted in. */
  private static final LocalTime MORNING = LocalTime.of(8, 0);

  private static final DateTimeFormatter MEETING_TIME =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

  private final Ledger ledger;
  private final IntegrationEventRouter router;

  public Obligations(Ledger ledger, IntegrationEventCodec codec, Inbox inbox) {
    this.ledger = ledger;
    this.router =
        new IntegrationEventRouter("obligations", codec, inbox)
            .on(NominationRecorded.class, this::nomination)
            .on(MentorshipStepRecorded.class, this::mentorship)
            .on(MeetingStepRecorded.class, this::meeting)
            .on(MembershipChanged.class, this::membership);
  }

  @KafkaListener(
      id = "${platform.kafka.consumer-group-prefix}.obligations",
      topics = {Topics.NOMINATIONS, Topics.MENTORSHIPS, Topics.MEETINGS, Topics.MEMBERSHIPS})
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

  /**
   * The requester hears of the answers and owes the follow-up, the invitee of the request; who
   * declines or cancels is not told of their own step. The follow-up reminder comes on the window's
   * first morning, the nudge once, and either is withdrawn when the step is taken first.
   */
  private void meeting(EventEnvelope envelope, MeetingStepRecorded m) {
    ZoneId zone = m.timeZone() == null ? ZoneOffset.UTC : ZoneId.of(m.timeZone());
    String link = "/attend/" + m.conferenceId();
    String step = "meeting:" + m.meetingId() + ":" + m.sequence();
    String followUp = "meeting-follow-up:" + m.meetingId();
    String nudge = "meeting-nudge:" + m.meetingId();
    switch (m.step()) {
      case REQUESTED ->
          owe(
              step,
              m.inviteeId(),
              Kind.MEETING_REQUESTED,
              m,
              List.of(MEMBER + m.requesterId(), at(m.startsAt(), zone)),
              link + "#meetings",
              envelope.occurredAt());
      case ACCEPTED ->
          owe(
              step,
              m.requesterId(),
              Kind.MEETING_ACCEPTED,
              m,
              List.of(MEMBER + m.inviteeId(), at(m.startsAt(), zone)),
              link + "#agenda",
              envelope.occurredAt());
      case OTHER_TIME_PROPOSED ->
          owe(
              step,
              m.requesterId(),
              Kind.MEETING_OTHER_TIME,
              m,
              List.of(MEMBER + m.inviteeId(), at(m.startsAt(), zone)),
              link + "#meetings",
              envelope.occurredAt());
      case DECLINED, CANCELLED -> {
        String other = m.requesterId().equals(m.actingMemberId()) ? m.inviteeId() : m.requesterId();
        owe(
            step,
            other,
            m.step() == MeetingStepRecorded.Step.DECLINED
                ? Kind.MEETING_DECLINED
                : Kind.MEETING_CANCELLED,
            m,
            List.of(MEMBER + (other.equals(m.requesterId()) ? m.inviteeId() : m.requesterId())),
            link + "#meetings",
            envelope.occurredAt());
      }
      case FOLLOW_UP_DUE ->
          owe(
              followUp,
              m.requesterId(),
              Kind.MEETING_FOLLOW_UP,
              m,
              List.of(MEMBER + m.inviteeId(), m.dueBy().toString()),
              link + "#owed",
              morningOf(m.dueFrom(), zone));
      case NUDGE_DUE ->
          owe(
              nudge,
              m.requesterId(),
              Kind.MEETING_NUDGE,
              m,
              List.of(MEMBER + m.inviteeId(), m.dueBy().toString()),
              link + "#owed",
              later(morningOf(m.dueFrom(), zone), envelope.occurredAt()));
      case FOLLOW_UP_SENT -> ledger.withdraw(followUp);
      case NUDGE_SENT, REPLIED, FOLLOW_UP_CLOSED -> {
        ledger.withdraw(followUp);
        ledger.withdraw(nudge);
      }
    }
  }

  /**
   * The member hears of each step of their membership (not of an import: the society's roster
   * moving systems is no news to its members). While it is active, the renewal reminder waits for
   * 30 days before the paid period ends and the grace notice for the day after; a renewal moves
   * both to the new period and withdraws the old ones.
   */
  private void membership(EventEnvelope envelope, MembershipChanged m) {
    String step = "membership:" + m.memberId() + ":" + m.memberVersion();
    Kind news =
        switch (m.change()) {
          case APPLIED -> Kind.MEMBERSHIP_APPLIED;
          case APPROVED -> Kind.MEMBERSHIP_APPROVED;
          case REJECTED -> Kind.MEMBERSHIP_REJECTED;
          case LAPSED -> Kind.MEMBERSHIP_LAPSED;
          case REINSTATED -> Kind.MEMBERSHIP_REINSTATED;
          default -> null;
        };
    if (news != null) {
      ledger.owe(
          new Obligation(
              step,
              m.memberId(),
              news,
              m.societyId(),
              m.paidThrough() == null ? List.of() : List.of(m.paidThrough().toString()),
              "/me#membership-" + m.societyId(),
              envelope.occurredAt()));
    }
    String renewal = null;
    String grace = null;
    if (m.status() == MembershipStatus.ACTIVE && m.paidThrough() != null) {
      LocalDate paidThrough = m.paidThrough();
      grace = "membership-grace:" + m.memberId() + ":" + paidThrough;
      List<String> args = List.of(paidThrough.toString());
      String link = "/me#membership-" + m.societyId();
      boolean periodRunning =
          !paidThrough.isBefore(LocalDate.ofInstant(envelope.occurredAt(), ZoneOffset.UTC));
      if (periodRunning) {
        renewal = "renewal-due:" + m.memberId() + ":" + paidThrough;
        ledger.owe(
            new Obligation(
                renewal,
                m.memberId(),
                Kind.RENEWAL_DUE,
                m.societyId(),
                args,
                link,
                later(
                    morningOf(paidThrough.minusDays(RENEWAL_NOTICE_DAYS), ZoneOffset.UTC),
                    envelope.occurredAt())));
      }
      ledger.owe(
          new Obligation(
              grace,
              m.memberId(),
              Kind.MEMBERSHIP_GRACE,
              m.societyId(),
              args,
              link,
              later(morningOf(paidThrough.plusDays(1), ZoneOffset.UTC), envelope.occurredAt())));
    }
    ledger.withdrawOthers(m.memberId(), Kind.RENEWAL_DUE, renewal);
    ledger.withdrawOthers(m.memberId(), Kind.MEMBERSHIP_GRACE, grace);
  }

  private void owe(
      String id,
      String memberId,
      Kind kind,
      MeetingStepRecorded m,
      List<String> args,
      String link,
      Instant due) {
    ledger.owe(new Obligation(id, memberId, kind, m.societyId(), args, link, due));
  }

  private static String at(Instant instant, ZoneId zone) {
    return instant == null ? "" : MEETING_TIME.format(instant.atZone(zone));
  }

  private static Instant morningOf(LocalDate day, ZoneId zone) {
    return day.atTime(MORNING).atZone(zone).toInstant();
  }

  private static Instant later(Instant a, Instant b) {
    return a.isAfter(b) ? a : b;
  }
}
