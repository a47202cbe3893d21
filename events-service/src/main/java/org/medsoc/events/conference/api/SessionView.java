package org.medsoc.events.conference.api;

import java.time.LocalDateTime;
import java.util.Set;

/** A session, in the conference's local time, with its places taken when limited. */
public record SessionView(
    String sessionId,
    SessionKind kind,
    String title,
    LocalDateTime start,
    LocalDateTime end,
    String room,
    Integer capacity,
    int placesTaken,
    int waiting,
    Set<String> speakerIds,
    boolean cancelled,
    String cancelledReason) {}
