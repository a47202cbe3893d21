package org.medsoc.events.conference.api;

/** A registration was cancelled; {@code heldPlace} tells whether it freed a place. */
public record RegistrationCancelled(
    String conferenceId, String registrationId, String memberId, boolean heldPlace) {}
