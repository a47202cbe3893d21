package org.medsoc.events.conference.api;

/** A cancellation freed a place: the first waiting registration takes it. */
public record RegistrationPromoted(String conferenceId, String registrationId, String memberId) {}
