package org.medsoc.kernel.contracts.member;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import org.medsoc.kernel.messaging.IntegrationEvent;
import org.medsoc.kernel.messaging.IntegrationEventType;
import org.medsoc.kernel.messaging.Topics;

/**
 * Version 1: one step of an introduction, with its parties, for the audit trail (who introduced
 * whom, why, what came of it) and for services that follow up on connections.
 *
 * @param introductionId the introduction (and the Kafka key)
 * @param step what happened
 * @param introducerId who made the introduction
 * @param firstMemberId one side
 * @param secondMemberId the other side
 * @param sponsorshipId the sponsorship the introduction was made under, if any
 * @param actingMemberId the member who took this step (the side answering, the one recording); null
 *     for an expiry or when staff acted without a member record
 * @param reason the stated reason of the proposal, or of a decline
 * @param context where the introduction comes from, on a proposal
 * @param heldOn the day of the meeting, when it was held
 * @param version increases with every step of the introduction; newer wins
 * @param expiresAt when a proposal nobody answers expires, on a proposal; otherwise null. Optional:
 *     added within version 1, which readers that ignore unknown fields (all of ours) accept.
 */
@IntegrationEventType(
    name = "member.IntroductionRecorded",
    version = 1,
    topic = Topics.INTRODUCTIONS)
public record IntroductionRecorded(
    String introductionId,
    Step step,
    String introducerId,
    String firstMemberId,
    String secondMemberId,
    String sponsorshipId,
    String actingMemberId,
    String reason,
    String context,
    LocalDate heldOn,
    long version,
    Instant expiresAt)
    implements IntegrationEvent {

  /** A step that is not a proposal: nothing expires. */
  public IntroductionRecorded(
      String introductionId,
      Step step,
      String introducerId,
      String firstMemberId,
      String secondMemberId,
      String sponsorshipId,
      String actingMemberId,
      String reason,
      String context,
      LocalDate heldOn,
      long version) {
    this(
        introductionId,
        step,
        introducerId,
        firstMemberId,
        secondMemberId,
        sponsorshipId,
        actingMemberId,
        reason,
        context,
        heldOn,
        version,
        null);
  }

  public enum Step {
    PROPOSED,
    ACCEPTED,
    DECLINED,
    CONNECTED,
    EXPIRED,
    MEETING_HELD,
    FOLLOWED_UP
  }

  public IntroductionRecorded {
    Objects.requireNonNull(introductionId, "introductionId is required");
    Objects.requireNonNull(step, "step is required");
    Objects.requireNonNull(introducerId, "introducerId is required");
    Objects.requireNonNull(firstMemberId, "firstMemberId is required");
    Objects.requireNonNull(secondMemberId, "secondMemberId is required");
  }

  @Override
  public String aggregateId() {
    return introductionId;
  }
}
