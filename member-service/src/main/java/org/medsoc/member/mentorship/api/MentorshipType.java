package org.medsoc.member.mentorship.api;

/** The kinds of mentor a trainee gathers into a team of two to four. */
public enum MentorshipType {
  CAREER,
  RESEARCH,
  NEAR_PEER,
  IDENTITY_OR_INTEREST,
  EDUCATION,
  LEADERSHIP,
  WELLNESS
}
