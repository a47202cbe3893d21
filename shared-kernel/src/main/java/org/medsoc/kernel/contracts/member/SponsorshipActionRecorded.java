package org.medsoc.kernel.contracts.member;

import java.time.LocalDate;
import java.util.Objects;
import org.medsoc.kernel.messaging.IntegrationEvent;
import org.medsoc.kernel.messaging.IntegrationEventType;
import org.medsoc.kernel.messaging.Topics;

/**
 * Version 1: one sponsorship action, for the audit trail (who sponsored whom, for what, what came
 * of it) and for services that link a sponsor's recommendation to a nomination. It never carries
 * the content of a letter of recommendation.
 *
 * @param sponsorshipId the sponsorship (and the Kafka key)
 * @param action what happened
 * @param sponsorId the sponsor
 * @param protegeId the protégé
 * @param actionId the recommendation or letter the action concerns, if any
 * @param mentorshipId the mentorship the sponsor came from, when a mentor became a sponsor
 * @param roleKind what the protégé was recommended for (FELLOWSHIP, JOB, PROGRAM, COMMITTEE, PANEL,
 *     AWARD)
 * @param target the position, program or committee recommended for
 * @param deadline a letter's deadline
 * @param outcome what came of the action (MATCHED, APPOINTED, AWARDED, NOT_SELECTED, WITHDRAWN)
 * @param version increases with every action of the sponsorship; newer wins
 */
@IntegrationEventType(
    name = "member.SponsorshipActionRecorded",
    version = 1,
    topic = Topics.SPONSORSHIPS)
public record SponsorshipActionRecorded(
    String sponsorshipId,
    Action action,
    String sponsorId,
    String protegeId,
    String actionId,
    String mentorshipId,
    String roleKind,
    String target,
    LocalDate deadline,
    String outcome,
    long version)
    implements IntegrationEvent {

  public enum Action {
    DECLARED,
    MENTOR_BECAME_SPONSOR,
    RECOMMENDED,
    LETTER_REQUESTED,
    LETTER_SUBMITTED,
    LETTER_DECLINED,
    /**
     * The sponsor nominated the protégé through a committee-service call; actionId is the
     * nomination.
     */
    NOMINATED,
    OUTCOME_RECORDED
  }

  public SponsorshipActionRecorded {
    Objects.requireNonNull(sponsorshipId, "sponsorshipId is required");
    Objects.requireNonNull(action, "action is required");
    Objects.requireNonNull(sponsorId, "sponsorId is required");
    Objects.requireNonNull(protegeId, "protegeId is required");
  }

  /** The sponsor declares the sponsorship. */
  public static SponsorshipActionRecorded declared(
      String sponsorshipId, String sponsorId, String protegeId, long version) {
    return action(sponsorshipId, Action.DECLARED, sponsorId, protegeId, null, version);
  }

  /** A mentorship becomes a sponsorship: the mentor sponsors their mentee. */
  public static SponsorshipActionRecorded mentorBecameSponsor(
      String sponsorshipId, String sponsorId, String protegeId, String mentorshipId, long version) {
    return action(sponsorshipId, Action.MENTOR_BECAME_SPONSOR, sponsorId, protegeId, null, version)
        .fromMentorship(mentorshipId);
  }

  /**
   * The sponsor recommends the protégé ({@link Action#RECOMMENDED}) or nominates them through a
   * call ({@link Action#NOMINATED}, the action being the nomination) for a role.
   */
  public static SponsorshipActionRecorded putForward(
      String sponsorshipId,
      Action action,
      String sponsorId,
      String protegeId,
      String actionId,
      String roleKind,
      String target,
      long version) {
    return action(sponsorshipId, action, sponsorId, protegeId, actionId, version)
        .forRole(roleKind, target);
  }

  /** The protégé asks for a letter, for a purpose and by a day. */
  public static SponsorshipActionRecorded letterRequested(
      String sponsorshipId,
      String sponsorId,
      String protegeId,
      String letterId,
      String purpose,
      LocalDate deadline,
      long version) {
    return action(sponsorshipId, Action.LETTER_REQUESTED, sponsorId, protegeId, letterId, version)
        .forRole(null, purpose)
        .by(deadline);
  }

  /** What came of an action. */
  public static SponsorshipActionRecorded outcome(
      String sponsorshipId,
      String sponsorId,
      String protegeId,
      String actionId,
      String outcome,
      long version) {
    return action(sponsorshipId, Action.OUTCOME_RECORDED, sponsorId, protegeId, actionId, version)
        .endedIn(outcome);
  }

  /** A step that names only what it concerns: a letter submitted or declined, never its content. */
  public static SponsorshipActionRecorded action(
      String sponsorshipId,
      Action action,
      String sponsorId,
      String protegeId,
      String actionId,
      long version) {
    return new SponsorshipActionRecorded(
        sponsorshipId,
        action,
        sponsorId,
        protegeId,
        actionId,
        null,
        null,
        null,
        null,
        null,
        version);
  }

  private SponsorshipActionRecorded fromMentorship(String mentorship) {
    return with(mentorship, roleKind, target, deadline, outcome);
  }

  private SponsorshipActionRecorded forRole(String kind, String position) {
    return with(mentorshipId, kind, position, deadline, outcome);
  }

  private SponsorshipActionRecorded by(LocalDate day) {
    return with(mentorshipId, roleKind, target, day, outcome);
  }

  private SponsorshipActionRecorded endedIn(String result) {
    return with(mentorshipId, roleKind, target, deadline, result);
  }

  private SponsorshipActionRecorded with(
      String mentorship, String kind, String position, LocalDate day, String result) {
    return new SponsorshipActionRecorded(
        sponsorshipId,
        action,
        sponsorId,
        protegeId,
        actionId,
        mentorship,
        kind,
        position,
        day,
        result,
        version);
  }

  @Override
  public String aggregateId() {
    return sponsorshipId;
  }
}
