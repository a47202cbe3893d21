package org.medsoc.events.conference.api;

import java.time.Instant;
import java.time.LocalDateTime;
import java.util.Set;

/** A session was added; its times are kept both local and as instants. */
public record SessionAdded(
    String conferenceId,
    String sessionId,
    SessionKind kind,
    String title,
    LocalDateTime start,
    LocalDateTime end,
    Instant startsAt,
    Instant endsAt,
    String room,
    Integer capacity,
    Set<String> speakerIds) {}
