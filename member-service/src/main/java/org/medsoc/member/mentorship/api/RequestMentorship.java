package org.medsoc.member.mentorship.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.medsoc.platform.acting.Actor;

/**
 * A member asks another for mentorship: a specific ask and a small first step (e.g. a 20-minute
 * meeting); when speed-mentoring suggested this mentor, the suggestion it follows.
 */
public record RequestMentorship(
    @TargetAggregateIdentifier String mentorshipId,
    Actor actor,
    String menteeId,
    String mentorId,
    MentorshipType type,
    String ask,
    String firstStep,
    String suggestionId) {

  /** A request that follows no suggestion. */
  public RequestMentorship(
      String mentorshipId,
      Actor actor,
      String menteeId,
      String mentorId,
      MentorshipType type,
      String ask,
      String firstStep) {
    this(mentorshipId, actor, menteeId, mentorId, type, ask, firstStep, null);
  }
}
