package org.medsoc.kernel.contracts.committee;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Set;
import org.medsoc.kernel.member.MembershipCategory;
import org.medsoc.kernel.member.MembershipStatus;
import org.medsoc.kernel.member.TrainingLevel;
import org.medsoc.kernel.messaging.IntegrationEvent;
import org.medsoc.kernel.messaging.IntegrationEventType;
import org.medsoc.kernel.messaging.Topics;

/**
 * Version 1: a call for volunteers or an award cycle opened or closed, with whom it is open to, so
 * that notification-service can tell the members who may answer it.
 *
 * @param callId the call (and the Kafka key)
 * @param step what happened
 * @param committeeId the committee that runs the call
 * @param societyId the society of the committee
 * @param purpose what the call is for (COMMITTEE_SEAT, AWARD, TALK, PANEL)
 * @param title what the call is called
 * @param categories the membership categories it is open to (empty: any)
 * @param trainingLevels the training levels it is open to (empty: any)
 * @param sectionId the section whose members it is open to, if any
 * @param opensOn the first day of the call
 * @param closesOn the last day to answer it
 * @param version increases with every step of the call; newer wins
 */
@IntegrationEventType(name = "committee.CallRecorded", version = 1, topic = Topics.CALLS)
public record CallRecorded(
    String callId,
    Step step,
    String committeeId,
    String societyId,
    String purpose,
    String title,
    Set<MembershipCategory> categories,
    Set<TrainingLevel> trainingLevels,
    String sectionId,
    LocalDate opensOn,
    LocalDate closesOn,
    long version)
    implements IntegrationEvent {

  public enum Step {
    OPENED,
    CLOSED
  }

  public CallRecorded {
    Objects.requireNonNull(callId, "callId is required");
    Objects.requireNonNull(step, "step is required");
    Objects.requireNonNull(societyId, "societyId is required");
    categories = categories == null ? Set.of() : Set.copyOf(categories);
    trainingLevels = trainingLevels == null ? Set.of() : Set.copyOf(trainingLevels);
  }

  /**
   * Whether a membership of the call's society may answer the call: active, and in its categories,
   * training levels and section where the call names them (committee-service's rule, as the call
   * states it).
   */
  public boolean isOpenTo(
      MembershipStatus status,
      MembershipCategory category,
      TrainingLevel trainingLevel,
      Set<String> sectionIds) {
    return status != null
        && status.grantsMemberRights()
        && (categories.isEmpty() || categories.contains(category))
        && (trainingLevels.isEmpty() || trainingLevels.contains(trainingLevel))
        && (sectionId == null || (sectionIds != null && sectionIds.contains(sectionId)));
  }

  @Override
  public String aggregateId() {
    return callId;
  }
}
