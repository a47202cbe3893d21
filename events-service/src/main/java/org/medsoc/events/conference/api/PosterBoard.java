package org.medsoc.events.conference.api;

import java.time.LocalDateTime;

/** A poster on a board in a poster session. */
public record PosterBoard(
    String sessionId,
    LocalDateTime sessionStart,
    int boardNumber,
    String abstractId,
    String memberId,
    String title,
    String authors,
    boolean presented) {}
