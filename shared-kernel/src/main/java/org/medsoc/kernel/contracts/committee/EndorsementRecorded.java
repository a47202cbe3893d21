package org.medsoc.kernel.contracts.committee;

import java.util.Objects;
import org.medsoc.kernel.messaging.IntegrationEvent;
import org.medsoc.kernel.messaging.IntegrationEventType;
import org.medsoc.kernel.messaging.Topics;

/**
 * Version 1: an applicant asked someone to endorse their application to a call, or the endorser
 * gave it; for notification-service, which tells the endorser. Never the statement of interest nor
 * the endorsement's words.
 *
 * @param applicationId the application (and the Kafka key)
 * @param step what happened
 * @param callId the call applied to
 * @param societyId the society of the call's committee
 * @param title what the call is called
 * @param applicantId the member who applied
 * @param endorserId the member asked to endorse
 * @param relation in what capacity (MENTOR, PROGRAM_DIRECTOR, SPONSOR, COLLEAGUE)
 * @param version increases with every step of the call; newer wins
 */
@IntegrationEventType(name = "committee.EndorsementRecorded", version = 1, topic = Topics.CALLS)
public record EndorsementRecorded(
    String applicationId,
    Step step,
    String callId,
    String societyId,
    String title,
    String applicantId,
    String endorserId,
    String relation,
    long version)
    implements IntegrationEvent {

  public enum Step {
    REQUESTED,
    GIVEN
  }

  public EndorsementRecorded {
    Objects.requireNonNull(applicationId, "applicationId is required");
    Objects.requireNonNull(step, "step is required");
    Objects.requireNonNull(endorserId, "endorserId is required");
  }

  @Override
  public String aggregateId() {
    return applicationId;
  }
}
