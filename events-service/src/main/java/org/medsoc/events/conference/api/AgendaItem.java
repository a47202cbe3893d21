package org.medsoc.events.conference.api;

import java.time.LocalDateTime;

/**
 * One item of a member's agenda, in the conference's local time: a session they speak at, have a
 * place in or wait for (WAITLISTED), take part in as a speed-mentoring TRAINEE or MENTOR, present a
 * poster in, or a meeting.
 */
public record AgendaItem(
    String kind,
    String id,
    String title,
    LocalDateTime start,
    LocalDateTime end,
    String room,
    String role) {

  /** The kind of an accepted meeting on the agenda. */
  public static final String MEETING = "MEETING";
}
