package org.medsoc.member.mentorship.api;

/** A mentorship was asked for, following a speed-mentoring suggestion when it names one. */
public record MentorshipRequested(
    String mentorshipId,
    String menteeId,
    String mentorId,
    MentorshipType type,
    String ask,
    String firstStep,
    String suggestionId) {

  /** A request that follows no suggestion, as requests were before they could. */
  public MentorshipRequested(
      String mentorshipId,
      String menteeId,
      String mentorId,
      MentorshipType type,
      String ask,
      String firstStep) {
    this(mentorshipId, menteeId, mentorId, type, ask, firstStep, null);
  }
}
