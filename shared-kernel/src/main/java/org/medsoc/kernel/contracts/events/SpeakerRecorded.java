package org.medsoc.kernel.contracts.events;

import java.util.Objects;
import org.medsoc.kernel.messaging.IntegrationEvent;
import org.medsoc.kernel.messaging.IntegrationEventType;
import org.medsoc.kernel.messaging.Topics;

/**
 * Version 1: one step of an invitation to speak, so an audit can follow a talk or panel nomination
 * to the talk given.
 *
 * @param invitationId the invitation (and the Kafka key)
 * @param step what happened
 * @param conferenceId the conference
 * @param societyId the society holding it
 * @param memberId the speaker
 * @param nominationId the committee-service nomination it came from; null when staff invited
 * @param sessionId the session, once assigned
 * @param reason a decline's stated reason
 */
@IntegrationEventType(name = "events.SpeakerRecorded", version = 1, topic = Topics.SPEAKERS)
public record SpeakerRecorded(
    String invitationId,
    Step step,
    String conferenceId,
    String societyId,
    String memberId,
    String nominationId,
    String sessionId,
    String reason)
    implements IntegrationEvent {

  public enum Step {
    INVITED,
    ACCEPTED,
    DECLINED,
    ASSIGNED,
    TALK_GIVEN
  }

  public SpeakerRecorded {
    Objects.requireNonNull(invitationId, "invitationId is required");
    Objects.requireNonNull(step, "step is required");
    Objects.requireNonNull(memberId, "memberId is required");
  }

  @Override
  public String aggregateId() {
    return invitationId;
  }
}
