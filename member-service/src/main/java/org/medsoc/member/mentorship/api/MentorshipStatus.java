package org.medsoc.member.mentorship.api;

/** Where a mentorship stands. */
public enum MentorshipStatus {
  REQUESTED,
  ACTIVE,
  DECLINED,
  ENDED
}
