package org.medsoc.events.conference.api;

/** A place in a session was given up; {@code promotedMemberId} took it, if anyone waited. */
public record SessionPlaceReleased(
    String conferenceId, String sessionId, String memberId, String promotedMemberId) {}
