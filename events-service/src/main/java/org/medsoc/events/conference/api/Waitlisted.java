package org.medsoc.events.conference.api;

import java.math.BigDecimal;

/** The conference was full: the registration waits for a place, in order. */
public record Waitlisted(
    String conferenceId, String registrationId, String memberId, Rate rate, BigDecimal fee) {}
