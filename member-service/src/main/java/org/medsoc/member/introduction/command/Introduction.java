package org.medsoc.member.introduction.command;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.deadline.DeadlineManager;
import org.axonframework.deadline.annotation.DeadlineHandler;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;
import org.medsoc.kernel.error.DomainException;
import org.medsoc.member.acting.Parties;
import org.medsoc.member.introduction.api.*;
import org.medsoc.member.member.command.Members;
import org.medsoc.platform.acting.Actor;

/**
 * One member introduces two others: each side accepts or declines, the two meet, one follows up. A
 * proposal nobody answers in time expires.
 */
@Aggregate
public class Introduction {

  static final String ANSWER_DEADLINE = "introduction-answer";

  @AggregateIdentifier private String introductionId;
  private String introducerId;
  private String firstMemberId;
  private String secondMemberId;
  private IntroductionStatus status;
  private final Map<String, Boolean> answers = new HashMap<>();

  protected Introduction() {}

  @CommandHandler
  public Introduction(
      ProposeIntroduction command,
      Members members,
      Parties parties,
      DeadlineManager deadlines,
      IntroductionPolicy policy) {
    String first = command.firstMemberId();
    String second = command.secondMemberId();
    if (!command.actor().is(command.introducerId())) {
      throw DomainException.forbidden();
    }
    if (first.equals(second)) {
      throw DomainException.invalid(
          "secondMemberId", "an introduction is between two different members");
    }
    if (command.introducerId().equals(first) || command.introducerId().equals(second)) {
      throw DomainException.invalid(
          "introducerId", "an introducer introduces two other members, not themself");
    }
    for (String member : new String[] {command.introducerId(), first, second}) {
      if (!members.exists(member)) {
        throw DomainException.notFound("memberId", "no member " + member);
      }
    }
    String sponsorship = command.sponsorshipId();
    if (sponsorship != null
        && !(parties.plays(sponsorship, command.introducerId(), Parties.Role.SPONSOR)
            && (parties.plays(sponsorship, first, Parties.Role.PROTEGE)
                || parties.plays(sponsorship, second, Parties.Role.PROTEGE)))) {
      throw DomainException.invalid(
          "sponsorshipId", "a sponsor introduces their own protégé under a sponsorship");
    }
    String request = command.requestId();
    if (request != null
        && !(parties.plays(request, command.introducerId(), Parties.Role.INTRODUCER)
            && (parties.plays(request, first, Parties.Role.ASKER)
                || parties.plays(request, second, Parties.Role.ASKER)))) {
      throw DomainException.invalid(
          "requestId", "no request for an introduction asked of you by one of the two");
    }
    Instant expiresAt = GenericEventMessage.clock.instant().plus(policy.answerWithin());
    apply(
        new IntroductionProposed(
            command.introductionId(),
            command.introducerId(),
            first,
            second,
            command.reason().trim(),
            command.context(),
            command.sponsorshipId(),
            expiresAt,
            request));
    deadlines.schedule(expiresAt, ANSWER_DEADLINE);
  }

  @CommandHandler
  public void handle(AnswerIntroduction command) {
    String side = command.memberId();
    if (!isSide(side) || !command.actor().is(side)) {
      throw DomainException.forbidden();
    }
    if (status != IntroductionStatus.PROPOSED) {
      throw DomainException.conflict("status", "the introduction is already " + status);
    }
    if (answers.containsKey(side)) {
      throw DomainException.conflict("memberId", "this side has already answered");
    }
    if (!command.accept()) {
      apply(new IntroductionDeclined(introductionId, side, command.reason()));
      return;
    }
    apply(new IntroductionAccepted(introductionId, side));
    if (Boolean.TRUE.equals(answers.get(otherSide(side)))) {
      apply(new IntroductionConnected(introductionId));
    }
  }

  @CommandHandler
  public void handle(RecordIntroductionMeeting command) {
    requireParty(command.actor());
    if (status != IntroductionStatus.CONNECTED) {
      throw DomainException.conflict(
          "status",
          "a meeting is recorded once both sides accepted; the introduction is " + status);
    }
    apply(new IntroductionMeetingHeld(introductionId, command.heldOn(), recorder(command.actor())));
  }

  @CommandHandler
  public void handle(RecordIntroductionFollowUp command) {
    requireParty(command.actor());
    if (status != IntroductionStatus.MET) {
      throw DomainException.conflict(
          "status", "a follow-up comes after the meeting; the introduction is " + status);
    }
    apply(new IntroductionFollowedUp(introductionId, command.note(), recorder(command.actor())));
  }

  @DeadlineHandler(deadlineName = ANSWER_DEADLINE)
  public void answerTimeRanOut() {
    if (status == IntroductionStatus.PROPOSED) {
      apply(new IntroductionExpired(introductionId));
    }
  }

  @EventSourcingHandler
  void on(IntroductionProposed event) {
    introductionId = event.introductionId();
    introducerId = event.introducerId();
    firstMemberId = event.firstMemberId();
    secondMemberId = event.secondMemberId();
    status = IntroductionStatus.PROPOSED;
  }

  @EventSourcingHandler
  void on(IntroductionAccepted event) {
    answers.put(event.memberId(), true);
  }

  @EventSourcingHandler
  void on(IntroductionDeclined event) {
    answers.put(event.memberId(), false);
    status = IntroductionStatus.DECLINED;
  }

  @EventSourcingHandler
  void on(IntroductionConnected event) {
    status = IntroductionStatus.CONNECTED;
  }

  @EventSourcingHandler
  void on(IntroductionExpired event) {
    status = IntroductionStatus.EXPIRED;
  }

  @EventSourcingHandler
  void on(IntroductionMeetingHeld event) {
    status = IntroductionStatus.MET;
  }

  @EventSourcingHandler
  void on(IntroductionFollowedUp event) {
    status = IntroductionStatus.FOLLOWED_UP;
  }

  private boolean isSide(String memberId) {
    return firstMemberId.equals(memberId) || secondMemberId.equals(memberId);
  }

  private String otherSide(String side) {
    return firstMemberId.equals(side) ? secondMemberId : firstMemberId;
  }

  /** The two sides or the introducer. */
  private void requireParty(Actor actor) {
    if (!(actor.is(firstMemberId) || actor.is(secondMemberId) || actor.is(introducerId))) {
      throw DomainException.forbidden();
    }
  }

  private static String recorder(Actor actor) {
    return actor.memberId();
  }
}
