package org.medsoc.member.mentorship.api;

import org.medsoc.platform.personal.PersonalData;

/** A mentorship was asked for, following a speed-mentoring suggestion when it names one. */
public record MentorshipRequested(
    String mentorshipId,
    String menteeId,
    String mentorId,
    MentorshipType type,
    @PersonalData(subject = "menteeId") String ask,
    @PersonalData(subject = "menteeId") String firstStep,
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
