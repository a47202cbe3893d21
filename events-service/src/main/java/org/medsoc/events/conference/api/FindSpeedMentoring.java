package org.medsoc.events.conference.api;

/** Query: who took a place at a speed-mentoring session, and the pairs made. */
public record FindSpeedMentoring(String conferenceId, String sessionId) {}
