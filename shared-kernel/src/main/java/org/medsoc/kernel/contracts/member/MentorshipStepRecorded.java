package org.medsoc.kernel.contracts.member;

import java.time.LocalDate;
import java.util.Objects;
import org.medsoc.kernel.messaging.IntegrationEvent;
import org.medsoc.kernel.messaging.IntegrationEventType;
import org.medsoc.kernel.messaging.Topics;

/**
 * Version 1: one step of a mentorship, with its parties, for the audit trail (who mentored whom,
 * from when, how often they met, when it ended). It never carries the mentee's ask, a check-in's
 * agenda or next steps, or a stated reason: those are the people's own words and stay in
 * member-service.
 *
 * @param mentorshipId the mentorship (and the Kafka key)
 * @param step what happened
 * @param menteeId the mentee
 * @param mentorId the mentor
 * @param type the kind of mentor asked for (CAREER, RESEARCH, NEAR_PEER…), on the request
 * @param actingMemberId the side who took this step; null when staff acted for them
 * @param heldOn the day of the check-in, on a check-in
 * @param version increases with every step of the mentorship; newer wins
 */
@IntegrationEventType(
    name = "member.MentorshipStepRecorded",
    version = 1,
    topic = Topics.MENTORSHIPS)
public record MentorshipStepRecorded(
    String mentorshipId,
    Step step,
    String menteeId,
    String mentorId,
    String type,
    String actingMemberId,
    LocalDate heldOn,
    long version)
    implements IntegrationEvent {

  public enum Step {
    REQUESTED,
    ACCEPTED,
    DECLINED,
    CHECKED_IN,
    ENDED
  }

  public MentorshipStepRecorded {
    Objects.requireNonNull(mentorshipId, "mentorshipId is required");
    Objects.requireNonNull(step, "step is required");
    Objects.requireNonNull(menteeId, "menteeId is required");
    Objects.requireNonNull(mentorId, "mentorId is required");
  }

  @Override
  public String aggregateId() {
    return mentorshipId;
  }
}
