package org.medsoc.events.meeting.command;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.deadline.DeadlineManager;
import org.axonframework.deadline.annotation.DeadlineHandler;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.AggregateMember;
import org.axonframework.spring.stereotype.Aggregate;
import org.medsoc.events.meeting.api.*;
import org.medsoc.kernel.error.DomainException;
import org.medsoc.platform.acting.Actor;

/**
 * A short meeting one attendee asks another for during a conference, and the follow-up it owes
 * afterwards. Neither person is ever booked twice, nor during a session they speak at. After a held
 * meeting the requester follows up 3 to 7 days after the conference ends; without a reply one
 * polite nudge is due after 7 business days, and the follow-up closes unanswered after that. Stored
 * deadlines drive every step.
 */
@Aggregate
public class Meeting {

  static final String FOLLOW_UP = "meeting-follow-up";
  static final int SHORTEST_MINUTES = 10;
  static final int LONGEST_MINUTES = 20;

  enum Status {
    REQUESTED,
    OTHER_TIME_PROPOSED,
    ACCEPTED,
    DECLINED,
    CANCELLED,
    HELD,
    MISSED
  }

  @AggregateIdentifier private String meetingId;
  private String conferenceId;
  private String requesterId;
  private String inviteeId;
  private ZoneId zone;
  private LocalDate conferenceEnds;
  private Instant startsAt;
  private Instant endsAt;
  private Status status;
  @AggregateMember private MeetingFollowUp followUp;

  protected Meeting() {}

  @CommandHandler
  public Meeting(RequestMeeting command, MeetingCalendar calendar) {
    if (command.requesterId().equals(command.inviteeId())) {
      throw DomainException.invalid("inviteeId", "a meeting is with someone else");
    }
    if (command.minutes() < SHORTEST_MINUTES || command.minutes() > LONGEST_MINUTES) {
      throw DomainException.invalid("minutes", "a meeting lasts 10 to 20 minutes");
    }
    MeetingCalendar.ConferenceWindow conference =
        calendar
            .conference(command.conferenceId())
            .orElseThrow(
                () ->
                    DomainException.notFound(
                        "conferenceId", "no conference " + command.conferenceId()));
    LocalDateTime end = command.start().plusMinutes(command.minutes());
    if (command.start().toLocalDate().isBefore(conference.startDate())
        || end.toLocalDate().isAfter(conference.endDate())) {
      throw DomainException.invalid(
          "start",
          "the meeting falls outside the conference, "
              + conference.startDate()
              + " to "
              + conference.endDate());
    }
    ZoneId zone = ZoneId.of(conference.timeZone());
    Instant startsAt = command.start().atZone(zone).toInstant();
    Instant endsAt = end.atZone(zone).toInstant();
    if (!startsAt.isAfter(now())) {
      throw DomainException.invalid("start", "a meeting is asked for ahead of time");
    }
    for (String member : new String[] {command.requesterId(), command.inviteeId()}) {
      if (!calendar.isAttending(command.conferenceId(), member)) {
        throw DomainException.conflict(
            member.equals(command.requesterId()) ? "requesterId" : "inviteeId",
            "both people must be registered for the conference");
      }
    }
    requireFree(
        calendar,
        command.conferenceId(),
        startsAt,
        endsAt,
        null,
        command.requesterId(),
        command.inviteeId());
    apply(
        new MeetingRequested(
            command.meetingId(),
            command.conferenceId(),
            command.requesterId(),
            command.inviteeId(),
            command.start(),
            startsAt,
            endsAt,
            command.purpose().trim(),
            conference.endDate(),
            conference.timeZone()));
  }

  @CommandHandler
  public Meeting(StartPairFollowUp command, DeadlineManager deadlines) {
    ZoneId zone = ZoneId.of(command.timeZone());
    apply(
        new SpeedMentoringMet(
            command.meetingId(),
            command.pairId(),
            command.conferenceId(),
            command.traineeId(),
            command.mentorId(),
            command.startsAt(),
            command.endsAt(),
            LocalDate.ofInstant(command.startsAt(), zone),
            command.conferenceEnds(),
            command.timeZone()));
    MeetingFollowUp.owe(
        deadlines,
        command.meetingId(),
        command.traineeId(),
        command.mentorId(),
        command.conferenceEnds(),
        zone);
  }

  @CommandHandler
  public void handle(AnswerMeeting command, MeetingCalendar calendar) {
    String answering = status == Status.OTHER_TIME_PROPOSED ? requesterId : inviteeId;
    if (status != Status.REQUESTED && status != Status.OTHER_TIME_PROPOSED) {
      throw DomainException.conflict("meetingId", "the meeting is " + describe());
    }
    if (!command.actor().is(answering)) {
      throw DomainException.forbidden();
    }
    if (!command.accept()) {
      apply(new MeetingDeclined(meetingId, answering, command.reason()));
      return;
    }
    requireFree(calendar, conferenceId, startsAt, endsAt, meetingId, requesterId, inviteeId);
    apply(new MeetingAccepted(meetingId, conferenceId, requesterId, inviteeId, startsAt, endsAt));
  }

  @CommandHandler
  public void handle(ProposeOtherTime command, MeetingCalendar calendar) {
    if (status != Status.REQUESTED) {
      throw DomainException.conflict("meetingId", "the meeting is " + describe());
    }
    if (!command.actor().is(inviteeId)) {
      throw DomainException.forbidden();
    }
    MeetingCalendar.ConferenceWindow conference = calendar.conference(conferenceId).orElseThrow();
    long minutes = java.time.Duration.between(startsAt, endsAt).toMinutes();
    LocalDateTime end = command.start().plusMinutes(minutes);
    if (command.start().toLocalDate().isBefore(conference.startDate())
        || end.toLocalDate().isAfter(conference.endDate())) {
      throw DomainException.invalid("start", "the meeting falls outside the conference");
    }
    Instant newStart = command.start().atZone(zone).toInstant();
    Instant newEnd = end.atZone(zone).toInstant();
    if (!newStart.isAfter(now())) {
      throw DomainException.invalid("start", "a meeting is proposed ahead of time");
    }
    requireFree(calendar, conferenceId, newStart, newEnd, meetingId, requesterId, inviteeId);
    apply(new OtherTimeProposed(meetingId, command.start(), newStart, newEnd));
  }

  @CommandHandler
  public void handle(CancelMeeting command) {
    requireParty(command.actor());
    if (status != Status.ACCEPTED || !now().isBefore(startsAt)) {
      throw DomainException.conflict("meetingId", "only a meeting still to come is cancelled");
    }
    apply(new MeetingCancelled(meetingId, command.actor().memberId(), command.reason()));
  }

  /** Does nothing when the meeting is past, over, or not this member's: cancellation is final. */
  @CommandHandler
  public void handle(CancelForRegistration command) {
    boolean party = command.memberId().equals(requesterId) || command.memberId().equals(inviteeId);
    boolean open =
        status == Status.REQUESTED
            || status == Status.OTHER_TIME_PROPOSED
            || status == Status.ACCEPTED;
    if (party && open && now().isBefore(startsAt)) {
      apply(
          new MeetingCancelled(
              meetingId, command.memberId(), "the registration for the conference was cancelled"));
    }
  }

  @CommandHandler
  public void handle(RecordMeetingOutcome command, DeadlineManager deadlines) {
    requireParty(command.actor());
    if (status != Status.ACCEPTED) {
      throw DomainException.conflict("meetingId", "the meeting is " + describe());
    }
    if (now().isBefore(startsAt)) {
      throw DomainException.conflict("meetingId", "the meeting has not started yet");
    }
    if (!command.held()) {
      apply(new MeetingMissed(meetingId, command.actor().memberId()));
      return;
    }
    apply(
        new MeetingHeld(
            meetingId, conferenceId, requesterId, inviteeId, LocalDate.ofInstant(startsAt, zone)));
    MeetingFollowUp.owe(deadlines, meetingId, requesterId, inviteeId, conferenceEnds, zone);
  }

  private static void requireFree(
      MeetingCalendar calendar,
      String conferenceId,
      Instant start,
      Instant end,
      String meetingId,
      String... members) {
    calendar.hold(members);
    for (String member : members) {
      calendar
          .clash(conferenceId, member, start, end, meetingId)
          .ifPresent(
              clash -> {
                throw DomainException.conflict("start", member + " is busy then: " + clash);
              });
    }
  }

  private void requireParty(Actor actor) {
    if (!(actor.is(requesterId) || actor.is(inviteeId))) {
      throw DomainException.forbidden();
    }
  }

  @DeadlineHandler(deadlineName = FOLLOW_UP)
  public void on(FollowUpStep due, DeadlineManager deadlines) {
    followUp.fallDue(due, deadlines);
  }

  private String describe() {
    return status.name().toLowerCase().replace('_', ' ');
  }

  private static Instant now() {
    return GenericEventMessage.clock.instant();
  }

  @EventSourcingHandler
  void on(MeetingRequested event) {
    meetingId = event.meetingId();
    conferenceId = event.conferenceId();
    requesterId = event.requesterId();
    inviteeId = event.inviteeId();
    zone = ZoneId.of(event.timeZone());
    conferenceEnds = event.conferenceEnds();
    startsAt = event.startsAt();
    endsAt = event.endsAt();
    status = Status.REQUESTED;
    followUp = new MeetingFollowUp(meetingId, requesterId, inviteeId, zone);
  }

  @EventSourcingHandler
  void on(SpeedMentoringMet event) {
    meetingId = event.meetingId();
    conferenceId = event.conferenceId();
    requesterId = event.traineeId();
    inviteeId = event.mentorId();
    zone = ZoneId.of(event.timeZone());
    conferenceEnds = event.conferenceEnds();
    startsAt = event.startsAt();
    endsAt = event.endsAt();
    status = Status.HELD;
    followUp = new MeetingFollowUp(meetingId, requesterId, inviteeId, zone);
  }

  @EventSourcingHandler
  void on(OtherTimeProposed event) {
    startsAt = event.startsAt();
    endsAt = event.endsAt();
    status = Status.OTHER_TIME_PROPOSED;
  }

  @EventSourcingHandler
  void on(MeetingAccepted event) {
    status = Status.ACCEPTED;
  }

  @EventSourcingHandler
  void on(MeetingDeclined event) {
    status = Status.DECLINED;
  }

  @EventSourcingHandler
  void on(MeetingCancelled event) {
    status = Status.CANCELLED;
  }

  @EventSourcingHandler
  void on(MeetingHeld event) {
    status = Status.HELD;
  }

  @EventSourcingHandler
  void on(MeetingMissed event) {
    status = Status.MISSED;
  }
}
