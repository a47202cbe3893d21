package org.medsoc.events.conference.api;

/** A speaker was put into a session. */
public record SpeakerAssigned(
    String conferenceId, String sessionId, String memberId, String invitationId) {}
