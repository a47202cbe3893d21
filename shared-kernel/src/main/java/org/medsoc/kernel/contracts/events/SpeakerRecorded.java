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

  /** Staff or a selected nomination invite a member to speak, perhaps in a named session. */
  public static SpeakerRecorded invited(
      String invitationId,
      String conferenceId,
      String societyId,
      String memberId,
      String nominationId,
      String sessionId) {
    return new SpeakerRecorded(
        invitationId,
        Step.INVITED,
        conferenceId,
        societyId,
        memberId,
        nominationId,
        sessionId,
        null);
  }

  /** The speaker accepts, or declines with a reason. */
  public static SpeakerRecorded answered(
      String invitationId,
      boolean accepted,
      String conferenceId,
      String societyId,
      String memberId,
      String reason) {
    return new SpeakerRecorded(
        invitationId,
        accepted ? Step.ACCEPTED : Step.DECLINED,
        conferenceId,
        societyId,
        memberId,
        null,
        null,
        reason);
  }

  /** The speaker is assigned to a session ({@link Step#ASSIGNED}) or gave the talk there. */
  public static SpeakerRecorded inSession(
      String invitationId,
      Step step,
      String conferenceId,
      String societyId,
      String memberId,
      String sessionId) {
    return new SpeakerRecorded(
        invitationId, step, conferenceId, societyId, memberId, null, sessionId, null);
  }

  @Override
  public String aggregateId() {
    return invitationId;
  }
}
