package org.medsoc.events.meeting.command;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import java.time.LocalDate;
import java.time.ZoneId;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.deadline.DeadlineManager;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.medsoc.events.meeting.api.*;
import org.medsoc.events.meeting.command.FollowUpStep.Step;
import org.medsoc.kernel.error.DomainException;

/**
 * The follow-up a held meeting owes: the requester sends one within a week of the conference's end,
 * the invitee may reply, and after 7 business days without a reply the requester may send one
 * polite nudge; a window that passes closes the follow-up.
 */
class MeetingFollowUp {

  enum State {
    NONE,
    DUE,
    SENT,
    NUDGE_DUE,
    NUDGE_SENT,
    REPLIED,
    CLOSED
  }

  private String meetingId;
  private String requesterId;
  private String inviteeId;
  private ZoneId zone;
  private State followUp = State.NONE;
  private LocalDate followUpSentOn;

  MeetingFollowUp(String meetingId, String requesterId, String inviteeId, ZoneId zone) {
    this.meetingId = meetingId;
    this.requesterId = requesterId;
    this.inviteeId = inviteeId;
    this.zone = zone;
  }

  /** A follow-up falls due three days after the conference ends, for a week. */
  static void owe(
      DeadlineManager deadlines,
      String meetingId,
      String requesterId,
      String inviteeId,
      LocalDate conferenceEnds,
      ZoneId zone) {
    LocalDate dueBy = conferenceEnds.plusDays(7);
    apply(new FollowUpDue(meetingId, requesterId, inviteeId, conferenceEnds.plusDays(3), dueBy));
    schedule(deadlines, meetingId, zone, dueBy, Step.SEND_WINDOW_ENDED);
  }

  @CommandHandler
  void handle(RecordFollowUpSent command, DeadlineManager deadlines) {
    if (!command.actor().is(requesterId)) {
      throw DomainException.forbidden();
    }
    if (followUp != State.DUE) {
      throw DomainException.conflict(
          "meetingId",
          followUp == State.NONE
              ? "no follow-up is owed: the meeting was not held"
              : "the follow-up is already " + followUp.name().toLowerCase());
    }
    LocalDate today = today();
    apply(new FollowUpSent(meetingId, today));
    schedule(deadlines, BusinessDays.after(today, 7).minusDays(1), Step.NUDGE_DUE);
  }

  @CommandHandler
  void handle(RecordReply command) {
    if (!command.actor().is(inviteeId)) {
      throw DomainException.forbidden();
    }
    if (followUp != State.SENT && followUp != State.NUDGE_DUE && followUp != State.NUDGE_SENT) {
      throw DomainException.conflict("meetingId", "there is no follow-up to reply to");
    }
    apply(new FollowUpReplied(meetingId, today()));
  }

  @CommandHandler
  void handle(RecordNudgeSent command, DeadlineManager deadlines) {
    if (!command.actor().is(requesterId)) {
      throw DomainException.forbidden();
    }
    if (followUp != State.NUDGE_DUE) {
      throw DomainException.conflict("meetingId", "no nudge is due: one, after 7 business days");
    }
    LocalDate today = today();
    apply(new NudgeSent(meetingId, today));
    schedule(deadlines, BusinessDays.after(today, 10).minusDays(1), Step.NUDGE_UNANSWERED);
  }

  /**
   * Each step checks where the follow-up stands, so a deadline overtaken by a reply does nothing.
   */
  void fallDue(FollowUpStep due, DeadlineManager deadlines) {
    switch (due.step()) {
      case SEND_WINDOW_ENDED -> {
        if (followUp == State.DUE) {
          apply(new FollowUpClosed(meetingId, FollowUpClosed.Reason.NOT_SENT));
        }
      }
      case NUDGE_DUE -> {
        if (followUp == State.SENT) {
          LocalDate dueBy = BusinessDays.after(followUpSentOn, 10);
          apply(new NudgeDue(meetingId, BusinessDays.after(followUpSentOn, 7), dueBy));
          schedule(deadlines, dueBy, Step.NUDGE_WINDOW_ENDED);
        }
      }
      case NUDGE_WINDOW_ENDED -> {
        if (followUp == State.NUDGE_DUE) {
          apply(new FollowUpClosed(meetingId, FollowUpClosed.Reason.UNANSWERED));
        }
      }
      case NUDGE_UNANSWERED -> {
        if (followUp == State.NUDGE_SENT) {
          apply(new FollowUpClosed(meetingId, FollowUpClosed.Reason.UNANSWERED));
        }
      }
    }
  }

  /** The step falls due once the given day has passed in the conference's time zone. */
  private void schedule(DeadlineManager deadlines, LocalDate lastDay, Step step) {
    schedule(deadlines, meetingId, zone, lastDay, step);
  }

  private static void schedule(
      DeadlineManager deadlines, String meetingId, ZoneId zone, LocalDate lastDay, Step step) {
    deadlines.schedule(
        lastDay.plusDays(1).atStartOfDay(zone).toInstant(),
        Meeting.FOLLOW_UP,
        new FollowUpStep(meetingId, step));
  }

  private LocalDate today() {
    return LocalDate.ofInstant(GenericEventMessage.clock.instant(), zone);
  }

  @EventSourcingHandler
  void on(FollowUpDue event) {
    followUp = State.DUE;
  }

  @EventSourcingHandler
  void on(FollowUpSent event) {
    followUp = State.SENT;
    followUpSentOn = event.sentOn();
  }

  @EventSourcingHandler
  void on(NudgeDue event) {
    followUp = State.NUDGE_DUE;
  }

  @EventSourcingHandler
  void on(NudgeSent event) {
    followUp = State.NUDGE_SENT;
  }

  @EventSourcingHandler
  void on(FollowUpReplied event) {
    followUp = State.REPLIED;
  }

  @EventSourcingHandler
  void on(FollowUpClosed event) {
    followUp = State.CLOSED;
  }
}
