package org.medsoc.kernel.contracts.committee;

import java.time.LocalDate;
import java.util.Objects;
import org.medsoc.kernel.messaging.IntegrationEvent;
import org.medsoc.kernel.messaging.IntegrationEventType;
import org.medsoc.kernel.messaging.Topics;

/**
 * Version 1: one step of a nomination for a committee seat, an award, or a conference talk or
 * panel, for the audit trail, for member-service (which links a sponsor's nomination to the
 * sponsorship's outcome) and for events-service (a selected talk or panel nomination is a speaker
 * invitation). It never carries the confidential supporting statement.
 *
 * @param nominationId the nomination (and the Kafka key)
 * @param step what happened
 * @param callId the call for volunteers or award cycle the nomination belongs to
 * @param committeeId the committee that runs the call
 * @param societyId the society of the committee
 * @param purpose what the nomination is for
 * @param title what the call is called, e.g. "Young Investigator Award 2027"
 * @param role the seat role (CHAIR, VICE_CHAIR, MEMBER, TRAINEE_REPRESENTATIVE) for a committee
 *     seat
 * @param nominatorId the member who nominated
 * @param nomineeId the member nominated
 * @param sponsorshipId the sponsorship the nominator acts under, if they named one
 * @param conferenceId the conference, for a talk or panel
 * @param reason the stated reason of a decision, a decline or a withdrawal
 * @param carriedFromNominationId the nomination of the previous cycle this one continues
 * @param occurredOn the day of the step
 * @param version increases with every step of the call; newer wins
 */
@IntegrationEventType(
    name = "committee.NominationRecorded",
    version = 1,
    topic = Topics.NOMINATIONS)
public record NominationRecorded(
    String nominationId,
    Step step,
    String callId,
    String committeeId,
    String societyId,
    Purpose purpose,
    String title,
    String role,
    String nominatorId,
    String nomineeId,
    String sponsorshipId,
    String conferenceId,
    String reason,
    String carriedFromNominationId,
    LocalDate occurredOn,
    long version)
    implements IntegrationEvent {

  public enum Step {
    SUBMITTED,
    CARRIED_OVER,
    ACCEPTED_BY_NOMINEE,
    DECLINED_BY_NOMINEE,
    WITHDRAWN,
    SHORTLISTED,
    SELECTED,
    NOT_SELECTED
  }

  public enum Purpose {
    COMMITTEE_SEAT,
    AWARD,
    TALK,
    PANEL
  }

  public NominationRecorded {
    Objects.requireNonNull(nominationId, "nominationId is required");
    Objects.requireNonNull(step, "step is required");
    Objects.requireNonNull(callId, "callId is required");
    Objects.requireNonNull(purpose, "purpose is required");
    Objects.requireNonNull(nominatorId, "nominatorId is required");
    Objects.requireNonNull(nomineeId, "nomineeId is required");
  }

  @Override
  public String aggregateId() {
    return nominationId;
  }
}
