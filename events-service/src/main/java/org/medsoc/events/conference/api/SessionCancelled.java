package org.medsoc.events.conference.api;

/**
 * A session was cancelled: it stays in the programme, marked, takes no more places, speakers or
 * posters, and frees its room and its speakers' time.
 */
public record SessionCancelled(String conferenceId, String sessionId, String reason) {}
