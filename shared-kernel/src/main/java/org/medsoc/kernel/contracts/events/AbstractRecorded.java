package org.medsoc.kernel.contracts.events;

import java.util.Objects;
import org.medsoc.kernel.messaging.IntegrationEvent;
import org.medsoc.kernel.messaging.IntegrationEventType;
import org.medsoc.kernel.messaging.Topics;

/**
 * Version 1: an abstract was submitted to a conference, accepted or rejected; for
 * notification-service, which tells its author. Never the reason of a decision: the author reads it
 * in the portal.
 *
 * @param abstractId the abstract (and the Kafka key)
 * @param step what happened
 * @param conferenceId the conference
 * @param societyId the society holding it
 * @param memberId the submitting author
 * @param title the abstract's title
 * @param version increases with every change of the conference; newer wins
 */
@IntegrationEventType(name = "events.AbstractRecorded", version = 1, topic = Topics.ABSTRACTS)
public record AbstractRecorded(
    String abstractId,
    Step step,
    String conferenceId,
    String societyId,
    String memberId,
    String title,
    long version)
    implements IntegrationEvent {

  public enum Step {
    SUBMITTED,
    ACCEPTED,
    REJECTED
  }

  public AbstractRecorded {
    Objects.requireNonNull(abstractId, "abstractId is required");
    Objects.requireNonNull(step, "step is required");
    Objects.requireNonNull(memberId, "memberId is required");
  }

  @Override
  public String aggregateId() {
    return abstractId;
  }
}
