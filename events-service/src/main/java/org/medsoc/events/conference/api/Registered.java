package org.medsoc.events.conference.api;

import java.math.BigDecimal;

/** A place was given, at a rate and fee. */
public record Registered(
    String conferenceId, String registrationId, String memberId, Rate rate, BigDecimal fee) {}
