package org.medsoc.events.conference.api;

/** A place in a limited session was taken; {@code waiting} when it waits for one. */
public record SessionPlaceTaken(
    String conferenceId, String sessionId, String memberId, boolean waiting) {}
