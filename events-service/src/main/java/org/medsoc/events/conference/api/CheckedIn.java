package org.medsoc.events.conference.api;

/** An attendee checked in. */
public record CheckedIn(String conferenceId, String registrationId, String memberId) {}
