package org.medsoc.events.meeting.integration;

import java.time.Instant;
import java.time.LocalDate;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.medsoc.events.conference.command.ConferenceRegistry;
import org.medsoc.events.meeting.api.FollowUpClosed;
import org.medsoc.events.meeting.api.FollowUpDue;
import org.medsoc.events.meeting.api.FollowUpReplied;
import org.medsoc.events.meeting.api.FollowUpSent;
import org.medsoc.events.meeting.api.MeetingAccepted;
import org.medsoc.events.meeting.api.MeetingCancelled;
import org.medsoc.events.meeting.api.MeetingDeclined;
import org.medsoc.events.meeting.api.MeetingHeld;
import org.medsoc.events.meeting.api.MeetingRequested;
import org.medsoc.events.meeting.api.NudgeDue;
import org.medsoc.events.meeting.api.NudgeSent;
import org.medsoc.events.meeting.api.OtherTimeProposed;
import org.medsoc.events.meeting.api.SpeedMentoringMet;
import org.medsoc.kernel.contracts.events.MeetingStepRecorded;
import org.medsoc.kernel.contracts.events.MeetingStepRecorded.Step;
import org.medsoc.platform.messaging.IntegrationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * Publishes meetings held, and every step of a meeting and its follow-up with its two people; the
 * purpose and the reasons stay in events-service. The two people and the conference come from the
 * meeting's first event (a request, or a speed-mentoring pair's meeting), read from the event
 * store, which holds it before any later step.
 */
@Component
@ProcessingGroup("integration-publisher")
public class MeetingsPublisher {

  private final ConferenceRegistry conferences;
  private final EventStore events;
  private final IntegrationEventPublisher publisher;

  public MeetingsPublisher(
      ConferenceRegistry conferences, EventStore events, IntegrationEventPublisher publisher) {
    this.conferences = conferences;
    this.events = events;
    this.publisher = publisher;
  }

  @EventHandler
  void on(MeetingHeld e, DomainEventMessage<?> m) {
    publisher.publish(
        m,
        new org.medsoc.kernel.contracts.events.MeetingHeld(
            e.meetingId(),
            e.conferenceId(),
            conferences.societyOf(e.conferenceId()).orElse(null),
            e.requesterId(),
            e.inviteeId(),
            e.heldOn()));
  }

  @EventHandler
  void on(MeetingRequested e, DomainEventMessage<?> m) {
    step(
        m,
        new Opening(e.meetingId(), e.conferenceId(), e.requesterId(), e.inviteeId(), e.timeZone()),
        Step.REQUESTED,
        e.requesterId(),
        e.startsAt(),
        null,
        null);
  }

  @EventHandler
  void on(MeetingAccepted e, DomainEventMessage<?> m) {
    step(m, Step.ACCEPTED, e.inviteeId(), e.startsAt());
  }

  @EventHandler
  void on(MeetingDeclined e, DomainEventMessage<?> m) {
    step(m, Step.DECLINED, e.declinedBy(), null);
  }

  @EventHandler
  void on(OtherTimeProposed e, DomainEventMessage<?> m) {
    Opening request = openingOf(m);
    step(m, request, Step.OTHER_TIME_PROPOSED, request.inviteeId(), e.startsAt(), null, null);
  }

  @EventHandler
  void on(MeetingCancelled e, DomainEventMessage<?> m) {
    step(m, Step.CANCELLED, e.cancelledBy(), null);
  }

  @EventHandler
  void on(FollowUpDue e, DomainEventMessage<?> m) {
    step(m, openingOf(m), Step.FOLLOW_UP_DUE, null, null, e.dueFrom(), e.dueBy());
  }

  @EventHandler
  void on(FollowUpSent e, DomainEventMessage<?> m) {
    Opening request = openingOf(m);
    step(m, request, Step.FOLLOW_UP_SENT, request.requesterId(), null, null, null);
  }

  @EventHandler
  void on(NudgeDue e, DomainEventMessage<?> m) {
    step(m, openingOf(m), Step.NUDGE_DUE, null, null, e.dueFrom(), e.dueBy());
  }

  @EventHandler
  void on(NudgeSent e, DomainEventMessage<?> m) {
    Opening request = openingOf(m);
    step(m, request, Step.NUDGE_SENT, request.requesterId(), null, null, null);
  }

  @EventHandler
  void on(FollowUpReplied e, DomainEventMessage<?> m) {
    Opening request = openingOf(m);
    step(m, request, Step.REPLIED, request.inviteeId(), null, null, null);
  }

  @EventHandler
  void on(FollowUpClosed e, DomainEventMessage<?> m) {
    step(m, openingOf(m), Step.FOLLOW_UP_CLOSED, null, null, null, null);
  }

  private void step(DomainEventMessage<?> m, Step step, String actingMemberId, Instant startsAt) {
    step(m, openingOf(m), step, actingMemberId, startsAt, null, null);
  }

  private void step(
      DomainEventMessage<?> m,
      Opening request,
      Step step,
      String actingMemberId,
      Instant startsAt,
      LocalDate dueFrom,
      LocalDate dueBy) {
    publisher.publish(
        m,
        new MeetingStepRecorded(
            request.meetingId(),
            request.conferenceId(),
            conferences.societyOf(request.conferenceId()).orElse(null),
            request.requesterId(),
            request.inviteeId(),
            step,
            actingMemberId,
            startsAt,
            dueFrom,
            dueBy,
            request.timeZone(),
            m.getSequenceNumber()));
  }

  /** Who asked whom, at which conference: from a request or a speed-mentoring pair. */
  private record Opening(
      String meetingId,
      String conferenceId,
      String requesterId,
      String inviteeId,
      String timeZone) {}

  private Opening openingOf(DomainEventMessage<?> m) {
    Object first =
        events
            .readEvents(m.getAggregateIdentifier())
            .asStream()
            .findFirst()
            .orElseThrow()
            .getPayload();
    if (first instanceof SpeedMentoringMet pair) {
      return new Opening(
          pair.meetingId(),
          pair.conferenceId(),
          pair.traineeId(),
          pair.mentorId(),
          pair.timeZone());
    }
    MeetingRequested request = (MeetingRequested) first;
    return new Opening(
        request.meetingId(),
        request.conferenceId(),
        request.requesterId(),
        request.inviteeId(),
        request.timeZone());
  }
}
