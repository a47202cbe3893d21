package org.medsoc.events.conference.api;

import java.time.Instant;
import java.time.LocalDateTime;

/** A session of the programme was edited or moved; its places, speakers and kind stay. */
public record SessionChanged(
    String conferenceId,
    String sessionId,
    String title,
    LocalDateTime start,
    LocalDateTime end,
    Instant startsAt,
    Instant endsAt,
    String room) {}
