package org.medsoc.notification.obligation;

import static org.medsoc.notification.obligation.Words.member;
import static org.medsoc.notification.obligation.Words.morningOf;
import static org.medsoc.notification.obligation.Words.notBefore;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.medsoc.kernel.contracts.member.IntroductionRecorded;
import org.medsoc.kernel.contracts.member.MentorshipStepRecorded;
import org.medsoc.kernel.contracts.member.SponsorshipActionRecorded;
import org.medsoc.kernel.contracts.member.TouchBaseScheduled;
import org.medsoc.kernel.messaging.EventEnvelope;
import org.medsoc.kernel.messaging.IntegrationEventCodec;
import org.medsoc.kernel.messaging.Topics;
import org.medsoc.notification.obligation.Ledger.Obligation;
import org.medsoc.platform.messaging.Inbox;
import org.medsoc.platform.messaging.IntegrationEventRouter;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/**
 * What mentors, mentees, introduced colleagues, sponsors and protégés owe each other and hear: that
 * someone asks (never the ask), answers (never the reason), that a check-in or a letter falls due,
 * that an introduction is about to expire or connected. A letter's text and an introduction's
 * reason stay in the portal.
 */
@Component
public class NetworkingObligations {

  /** Check-ins are quarterly unless the two agree otherwise. */
  static final int CHECK_IN_EVERY_MONTHS = 3;

  /** An introduction still unanswered is recalled this long before it expires. */
  static final Duration BEFORE_EXPIRY = Duration.ofDays(2);

  /** A letter's sponsor is reminded this many days before its deadline. */
  static final List<Integer> LETTER_REMINDER_DAYS = List.of(14, 3);

  private final Ledger ledger;
  private final IntegrationEventRouter router;

  public NetworkingObligations(Ledger ledger, IntegrationEventCodec codec, Inbox inbox) {
    this.ledger = ledger;
    this.router =
        new IntegrationEventRouter("networking-obligations", codec, inbox)
            .on(MentorshipStepRecorded.class, this::mentorship)
            .on(IntroductionRecorded.class, this::introduction)
            .on(SponsorshipActionRecorded.class, this::sponsorship)
            .on(TouchBaseScheduled.class, this::touchBase);
  }

  @KafkaListener(
      id = "${platform.kafka.consumer-group-prefix}.networking-obligations",
      topics = {Topics.MENTORSHIPS, Topics.INTRODUCTIONS, Topics.SPONSORSHIPS, Topics.CONTACTS})
  void on(List<ConsumerRecord<String, String>> records) {
    router.routeTogether(records);
  }

  private void mentorship(EventEnvelope envelope, MentorshipStepRecorded m) {
    String checkIns = "check-in:" + m.mentorshipId() + ":";
    switch (m.step()) {
      case REQUESTED ->
          ledger.owe(
              Obligation.personal(
                  "mentorship-requested:" + m.mentorshipId(),
                  m.mentorId(),
                  Kind.MENTORSHIP_REQUESTED,
                  List.of(member(m.menteeId())),
                  "/mentorship#inbox",
                  envelope.occurredAt()));
      case ACCEPTED, DECLINED -> {
        ledger.owe(
            Obligation.personal(
                "mentorship-answered:" + m.mentorshipId(),
                m.menteeId(),
                m.step() == MentorshipStepRecorded.Step.ACCEPTED
                    ? Kind.MENTORSHIP_ACCEPTED
                    : Kind.MENTORSHIP_DECLINED,
                List.of(member(m.mentorId())),
                "/mentorship",
                envelope.occurredAt()));
        if (m.step() == MentorshipStepRecorded.Step.ACCEPTED) {
          checkInDue(m, LocalDate.ofInstant(envelope.occurredAt(), ZoneOffset.UTC), checkIns);
        }
      }
      case CHECKED_IN ->
          checkInDue(
              m,
              m.heldOn() != null
                  ? m.heldOn()
                  : LocalDate.ofInstant(envelope.occurredAt(), ZoneOffset.UTC),
              checkIns);
      case ENDED -> ledger.withdrawAll(checkIns);
    }
  }

  /**
   * The next touch-base with a key contact on the morning it falls due; a touch-base moved or
   * replaced by another step withdraws the one waiting. The mail never says who the contact is.
   */
  private void touchBase(EventEnvelope envelope, TouchBaseScheduled t) {
    String touches = "touch-base:" + t.contactId() + ":";
    String due = t.dueOn() == null ? null : touches + t.dueOn();
    if (due != null) {
      ledger.owe(
          Obligation.personal(
              due,
              t.ownerId(),
              Kind.TOUCH_BASE_DUE,
              List.of(String.valueOf(t.dueOn())),
              "/contacts",
              notBefore(morningOf(t.dueOn(), ZoneOffset.UTC), envelope.occurredAt())));
    }
    ledger.withdrawAllBut(touches, due);
  }

  /** The next check-in, to both: the last one's day plus a quarter. */
  private void checkInDue(MentorshipStepRecorded m, LocalDate since, String checkIns) {
    LocalDate due = since.plusMonths(CHECK_IN_EVERY_MONTHS);
    String mentee = checkIns + due + ":" + m.menteeId();
    String mentor = checkIns + due + ":" + m.mentorId();
    for (String[] side :
        List.of(
            new String[] {mentee, m.menteeId(), m.mentorId()},
            new String[] {mentor, m.mentorId(), m.menteeId()})) {
      ledger.owe(
          Obligation.personal(
              side[0],
              side[1],
              Kind.MENTORSHIP_CHECK_IN_DUE,
              List.of(member(side[2])),
              "/mentorship",
              morningOf(due, ZoneOffset.UTC)));
    }
    ledger.withdrawAllBut(checkIns, mentee, mentor);
  }

  private void introduction(EventEnvelope envelope, IntroductionRecorded i) {
    String expiring = "introduction-expiring:" + i.introductionId() + ":";
    switch (i.step()) {
      case PROPOSED -> {
        for (String[] sides :
            List.of(
                new String[] {i.firstMemberId(), i.secondMemberId()},
                new String[] {i.secondMemberId(), i.firstMemberId()})) {
          List<String> args = List.of(member(i.introducerId()), member(sides[1]));
          ledger.owe(
              Obligation.personal(
                  "introduction-proposed:" + i.introductionId() + ":" + sides[0],
                  sides[0],
                  Kind.INTRODUCTION_PROPOSED,
                  args,
                  "/introductions",
                  envelope.occurredAt()));
          if (i.expiresAt() != null) {
            ledger.owe(
                Obligation.personal(
                    expiring + sides[0],
                    sides[0],
                    Kind.INTRODUCTION_EXPIRING,
                    args,
                    "/introductions",
                    notBefore(i.expiresAt().minus(BEFORE_EXPIRY), envelope.occurredAt())));
          }
        }
      }
      case ACCEPTED, DECLINED -> {
        if (i.actingMemberId() != null) {
          ledger.withdraw(expiring + i.actingMemberId());
        }
        if (i.step() == IntroductionRecorded.Step.DECLINED) {
          ledger.withdrawAll(expiring);
        }
      }
      case CONNECTED -> {
        ledger.withdrawAll(expiring);
        for (String[] who :
            List.of(
                new String[] {i.introducerId(), i.firstMemberId(), i.secondMemberId()},
                new String[] {i.firstMemberId(), i.secondMemberId(), i.introducerId()},
                new String[] {i.secondMemberId(), i.firstMemberId(), i.introducerId()})) {
          ledger.owe(
              Obligation.personal(
                  "introduction-connected:" + i.introductionId() + ":" + who[0],
                  who[0],
                  who[0].equals(i.introducerId())
                      ? Kind.INTRODUCTION_CONNECTED_BY_YOU
                      : Kind.INTRODUCTION_CONNECTED,
                  List.of(member(who[1]), member(who[2])),
                  "/introductions",
                  envelope.occurredAt()));
        }
      }
      case EXPIRED -> ledger.withdrawAll(expiring);
      default -> {}
    }
  }

  private void sponsorship(EventEnvelope envelope, SponsorshipActionRecorded s) {
    String letter = "letter:" + s.actionId() + ":";
    String target = s.target() == null ? "" : s.target();
    switch (s.action()) {
      case LETTER_REQUESTED -> {
        List<String> args = List.of(member(s.protegeId()), target, String.valueOf(s.deadline()));
        ledger.owe(
            Obligation.personal(
                letter + "requested",
                s.sponsorId(),
                Kind.LETTER_REQUESTED,
                args,
                "/sponsorship",
                envelope.occurredAt()));
        if (s.deadline() != null) {
          for (int days : LETTER_REMINDER_DAYS) {
            LocalDate day = s.deadline().minusDays(days);
            if (!day.isBefore(LocalDate.ofInstant(envelope.occurredAt(), ZoneOffset.UTC))) {
              ledger.owe(
                  Obligation.personal(
                      letter + "deadline-" + days,
                      s.sponsorId(),
                      days == 3 ? Kind.LETTER_DEADLINE_3_DAYS : Kind.LETTER_DEADLINE_14_DAYS,
                      args,
                      "/sponsorship",
                      morningOf(day, ZoneOffset.UTC)));
            }
          }
        }
      }
      case LETTER_SUBMITTED, LETTER_DECLINED -> {
        ledger.withdrawAll(letter);
        if (s.action() == SponsorshipActionRecorded.Action.LETTER_SUBMITTED) {
          ledger.owe(
              Obligation.personal(
                  letter + "submitted",
                  s.protegeId(),
                  Kind.LETTER_SUBMITTED,
                  List.of(member(s.sponsorId()), target),
                  "/sponsorship",
                  envelope.occurredAt()));
        }
      }
      case RECOMMENDED, NOMINATED ->
          ledger.owe(
              Obligation.personal(
                  "sponsor-acted:" + s.sponsorshipId() + ":" + s.version(),
                  s.protegeId(),
                  s.action() == SponsorshipActionRecorded.Action.RECOMMENDED
                      ? Kind.SPONSOR_RECOMMENDED
                      : Kind.SPONSOR_NOMINATED,
                  List.of(member(s.sponsorId()), target),
                  "/sponsorship",
                  envelope.occurredAt()));
      default -> {}
    }
  }
}
