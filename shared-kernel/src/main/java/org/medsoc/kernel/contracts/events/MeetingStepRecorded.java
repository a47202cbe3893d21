package org.medsoc.kernel.contracts.events;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import org.medsoc.kernel.messaging.IntegrationEvent;
import org.medsoc.kernel.messaging.IntegrationEventType;
import org.medsoc.kernel.messaging.Topics;

/**
 * Version 1: one step of a meeting between two attendees and of the follow-up it owes, with its two
 * people, so that each hears what is theirs to answer. The purpose and any reason stay in
 * events-service: only the two people read them, in the portal.
 *
 * @param meetingId the meeting (and the Kafka key: a meeting's steps stay in order)
 * @param conferenceId the conference
 * @param societyId the society holding it
 * @param requesterId who asked for the meeting, and owes the follow-up
 * @param inviteeId who was asked, and receives the follow-up
 * @param step what happened
 * @param actingMemberId who took the step; null for a step a deadline took
 * @param startsAt when the meeting starts, for {@code REQUESTED}, {@code ACCEPTED} and {@code
 *     OTHER_TIME_PROPOSED}; otherwise null
 * @param dueFrom the first day of the window, for {@code FOLLOW_UP_DUE} and {@code NUDGE_DUE}
 * @param dueBy the last day of the window, for {@code FOLLOW_UP_DUE} and {@code NUDGE_DUE}
 * @param timeZone the conference's time zone, in which the days are counted
 * @param sequence the step's place among the meeting's events
 */
@IntegrationEventType(name = "events.MeetingStepRecorded", version = 1, topic = Topics.MEETINGS)
public record MeetingStepRecorded(
    String meetingId,
    String conferenceId,
    String societyId,
    String requesterId,
    String inviteeId,
    Step step,
    String actingMemberId,
    Instant startsAt,
    LocalDate dueFrom,
    LocalDate dueBy,
    String timeZone,
    long sequence)
    implements IntegrationEvent {

  public enum Step {
    REQUESTED,
    ACCEPTED,
    DECLINED,
    OTHER_TIME_PROPOSED,
    CANCELLED,
    /** The meeting was held: the requester owes a follow-up between dueFrom and dueBy. */
    FOLLOW_UP_DUE,
    FOLLOW_UP_SENT,
    /** No reply after 7 business days: one polite nudge, between dueFrom and dueBy. */
    NUDGE_DUE,
    NUDGE_SENT,
    REPLIED,
    /** The follow-up ended without a reply, or was never sent in its window. */
    FOLLOW_UP_CLOSED
  }

  public MeetingStepRecorded {
    Objects.requireNonNull(meetingId, "meetingId is required");
    Objects.requireNonNull(requesterId, "requesterId is required");
    Objects.requireNonNull(inviteeId, "inviteeId is required");
    Objects.requireNonNull(step, "step is required");
  }

  @Override
  public String aggregateId() {
    return meetingId;
  }
}
