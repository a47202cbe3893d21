package org.medsoc.events.conference.command;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import org.axonframework.eventhandling.GenericEventMessage;

/** The days a conference runs, in the time zone it runs in. */
record ConferenceDays(LocalDate first, LocalDate last, ZoneId zone) {

  /** The conference's last day has passed where it runs. */
  boolean isOver() {
    return today().isAfter(last);
  }

  boolean holds(LocalDateTime start, LocalDateTime end) {
    return !start.toLocalDate().isBefore(first) && !end.toLocalDate().isAfter(last);
  }

  Instant instant(LocalDateTime local) {
    return local.atZone(zone).toInstant();
  }

  LocalDate dayOf(Instant instant) {
    return LocalDate.ofInstant(instant, zone);
  }

  LocalDate today() {
    return dayOf(now());
  }

  /** The clock Axon stamps events with, so fixture tests can set the time. */
  static Instant now() {
    return GenericEventMessage.clock.instant();
  }
}
