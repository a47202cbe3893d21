package org.medsoc.kernel.contracts.events;

import java.math.BigDecimal;
import java.util.Objects;
import org.medsoc.kernel.messaging.IntegrationEvent;
import org.medsoc.kernel.messaging.IntegrationEventType;
import org.medsoc.kernel.messaging.Topics;

/**
 * Version 1: one step of a conference registration.
 *
 * @param registrationId the registration (and the Kafka key)
 * @param step what happened
 * @param conferenceId the conference
 * @param societyId the society holding it
 * @param memberId the attendee
 * @param rate the rate charged (MEMBER_TRAINEE, MEMBER, NON_MEMBER)
 * @param fee the fee at that rate
 * @param currency the fee's currency
 * @param version increases with every change of the conference; newer wins
 */
@IntegrationEventType(
    name = "events.RegistrationRecorded",
    version = 1,
    topic = Topics.REGISTRATIONS)
public record RegistrationRecorded(
    String registrationId,
    Step step,
    String conferenceId,
    String societyId,
    String memberId,
    String rate,
    BigDecimal fee,
    String currency,
    long version)
    implements IntegrationEvent {

  public enum Step {
    REGISTERED,
    WAITLISTED,
    PROMOTED,
    CANCELLED,
    CHECKED_IN
  }

  public RegistrationRecorded {
    Objects.requireNonNull(registrationId, "registrationId is required");
    Objects.requireNonNull(step, "step is required");
    Objects.requireNonNull(conferenceId, "conferenceId is required");
    Objects.requireNonNull(memberId, "memberId is required");
  }

  @Override
  public String aggregateId() {
    return registrationId;
  }
}
