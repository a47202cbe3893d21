package org.medsoc.kernel.contracts.events;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Set;
import org.medsoc.kernel.messaging.IntegrationEvent;
import org.medsoc.kernel.messaging.IntegrationEventType;
import org.medsoc.kernel.messaging.Topics;

/**
 * Version 1: a trainee and a mentor were paired at speed-mentoring; member-service offers the pair
 * to the trainee as a possible mentorship.
 *
 * @param pairId the pair (and the Kafka key)
 * @param conferenceId the conference
 * @param societyId the society holding it
 * @param traineeId the trainee
 * @param mentorId the mentor
 * @param sharedInterests the interests they share
 * @param metOn the day of the session, in the conference's time zone
 */
@IntegrationEventType(
    name = "events.MentoringPairProposed",
    version = 1,
    topic = Topics.MENTORING_PAIRS)
public record MentoringPairProposed(
    String pairId,
    String conferenceId,
    String societyId,
    String traineeId,
    String mentorId,
    Set<String> sharedInterests,
    LocalDate metOn)
    implements IntegrationEvent {

  public MentoringPairProposed {
    Objects.requireNonNull(pairId, "pairId is required");
    Objects.requireNonNull(traineeId, "traineeId is required");
    Objects.requireNonNull(mentorId, "mentorId is required");
    sharedInterests = sharedInterests == null ? Set.of() : Set.copyOf(sharedInterests);
  }

  @Override
  public String aggregateId() {
    return pairId;
  }
}
