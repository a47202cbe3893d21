package org.medsoc.events.conference.api;

/** An abstract was submitted. */
public record AbstractSubmitted(
    String conferenceId, String abstractId, String memberId, String title, String authors) {}
