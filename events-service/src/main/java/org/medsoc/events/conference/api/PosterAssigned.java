package org.medsoc.events.conference.api;

/** An accepted abstract has a board in a poster session. */
public record PosterAssigned(
    String conferenceId, String abstractId, String memberId, String sessionId, int boardNumber) {}
