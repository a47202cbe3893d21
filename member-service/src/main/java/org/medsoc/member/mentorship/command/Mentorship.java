package org.medsoc.member.mentorship.command;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;
import org.medsoc.kernel.error.DomainException;
import org.medsoc.member.member.command.Members;
import org.medsoc.member.mentorship.api.*;
import org.medsoc.platform.acting.Actor;

/** A mentee asks, the mentor answers; check-ins follow until either side ends it. */
@Aggregate
public class Mentorship {

  @AggregateIdentifier private String mentorshipId;
  private String menteeId;
  private String mentorId;
  private MentorshipStatus status;

  protected Mentorship() {}

  @CommandHandler
  public Mentorship(RequestMentorship command, Members members, SuggestedMentors suggestions) {
    if (!command.actor().is(command.menteeId())) {
      throw DomainException.forbidden();
    }
    if (command.menteeId().equals(command.mentorId())) {
      throw DomainException.invalid("mentorId", "a member cannot mentor themself");
    }
    for (String member : new String[] {command.menteeId(), command.mentorId()}) {
      if (!members.exists(member)) {
        throw DomainException.notFound("mentorId", "no member " + member);
      }
    }
    if (command.suggestionId() != null
        && !suggestions.suggested(command.suggestionId(), command.menteeId(), command.mentorId())) {
      throw DomainException.invalid(
          "suggestionId", "speed-mentoring did not suggest this mentor to you");
    }
    apply(
        new MentorshipRequested(
            command.mentorshipId(),
            command.menteeId(),
            command.mentorId(),
            command.type(),
            command.ask().trim(),
            command.firstStep().trim(),
            command.suggestionId()));
  }

  @CommandHandler
  public void handle(AnswerMentorshipRequest command) {
    if (!command.actor().is(mentorId)) {
      throw DomainException.forbidden();
    }
    if (status != MentorshipStatus.REQUESTED) {
      throw DomainException.conflict("status", "the request was already answered: " + status);
    }
    apply(
        command.accept()
            ? new MentorshipAccepted(mentorshipId, mentorId)
            : new MentorshipDeclined(mentorshipId, mentorId, command.reason()));
  }

  @CommandHandler
  public void handle(RecordCheckIn command) {
    String by = requireSide(command.actor());
    requireActive("record a check-in");
    apply(
        new CheckInRecorded(
            mentorshipId, command.heldOn(), command.agenda(), command.agreedNextSteps(), by));
  }

  @CommandHandler
  public void handle(EndMentorship command) {
    String by = requireSide(command.actor());
    requireActive("end");
    apply(new MentorshipEnded(mentorshipId, by, command.reason().trim()));
  }

  @EventSourcingHandler
  void on(MentorshipRequested event) {
    mentorshipId = event.mentorshipId();
    menteeId = event.menteeId();
    mentorId = event.mentorId();
    status = MentorshipStatus.REQUESTED;
  }

  @EventSourcingHandler
  void on(MentorshipAccepted event) {
    status = MentorshipStatus.ACTIVE;
  }

  @EventSourcingHandler
  void on(MentorshipDeclined event) {
    status = MentorshipStatus.DECLINED;
  }

  @EventSourcingHandler
  void on(MentorshipEnded event) {
    status = MentorshipStatus.ENDED;
  }

  /** The mentee or the mentor; returns who is recorded as acting. */
  private String requireSide(Actor actor) {
    if (actor.is(menteeId) || actor.is(mentorId)) {
      return actor.memberId();
    }
    throw DomainException.forbidden();
  }

  private void requireActive(String action) {
    if (status != MentorshipStatus.ACTIVE) {
      throw DomainException.conflict(
          "status", "cannot " + action + " a mentorship that is " + status);
    }
  }
}
