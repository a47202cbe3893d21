package org.medsoc.events.conference.api;

/** Which side of speed-mentoring a member joins. */
public enum MentoringRole {
  TRAINEE,
  MENTOR
}
