package org.medsoc.member.mentorship.command;

/** The mentors speed-mentoring suggested to trainees, as the conference paired them. */
public interface SuggestedMentors {

  /** Whether the suggestion is of this mentor to this trainee. */
  boolean suggested(String suggestionId, String menteeId, String mentorId);
}
