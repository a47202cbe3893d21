package org.medsoc.events.conference.api;

/** An abstract was accepted or rejected. */
public record AbstractDecided(
    String conferenceId, String abstractId, String memberId, boolean accepted, String reason) {}
