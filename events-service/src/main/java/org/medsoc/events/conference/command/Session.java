package org.medsoc.events.conference.command;

import java.time.Instant;
import java.util.Set;
import org.medsoc.events.conference.api.SessionKind;

/** A session of the programme: its time, its room and its speakers. */
record Session(
    String id,
    SessionKind kind,
    String title,
    Instant startsAt,
    Instant endsAt,
    String room,
    Set<String> speakers) {

  boolean overlaps(Instant start, Instant end) {
    return startsAt.isBefore(end) && start.isBefore(endsAt);
  }
}
