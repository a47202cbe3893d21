package org.medsoc.events.conference.api;

/** The kinds of session in a conference programme. */
public enum SessionKind {
  TALK,
  PANEL,
  WORKSHOP,
  POSTER_SESSION,
  RECEPTION,
  TRAINEE_EVENT,
  SPEED_MENTORING;

  /** A session where speakers present, which counts as a talk given. */
  public boolean hasSpeakers() {
    return this == TALK || this == PANEL || this == WORKSHOP;
  }
}
