package org.medsoc.kernel.contracts.events;

import java.time.LocalDate;
import java.util.Objects;
import org.medsoc.kernel.messaging.IntegrationEvent;
import org.medsoc.kernel.messaging.IntegrationEventType;
import org.medsoc.kernel.messaging.Topics;

/**
 * Version 1: a meeting between two attendees was held at a conference. The purpose stays in
 * events-service.
 *
 * @param meetingId the meeting (and the Kafka key)
 * @param conferenceId the conference
 * @param societyId the society holding it
 * @param requesterId who asked for the meeting
 * @param inviteeId who was asked
 * @param heldOn the day, in the conference's time zone
 */
@IntegrationEventType(name = "events.MeetingHeld", version = 1, topic = Topics.MEETINGS)
public record MeetingHeld(
    String meetingId,
    String conferenceId,
    String societyId,
    String requesterId,
    String inviteeId,
    LocalDate heldOn)
    implements IntegrationEvent {

  public MeetingHeld {
    Objects.requireNonNull(meetingId, "meetingId is required");
    Objects.requireNonNull(requesterId, "requesterId is required");
    Objects.requireNonNull(inviteeId, "inviteeId is required");
  }

  @Override
  public String aggregateId() {
    return meetingId;
  }
}
