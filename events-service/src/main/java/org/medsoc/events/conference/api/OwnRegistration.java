package org.medsoc.events.conference.api;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * A registration as its attendee sees it: at which conference, where it stands, at which rate and
 * fee.
 *
 * @param status REGISTERED, WAITLISTED or CANCELLED
 */
public record OwnRegistration(
    String conferenceId,
    String registrationId,
    String status,
    Rate rate,
    BigDecimal fee,
    String currency,
    Instant registeredAt,
    Instant checkedInAt) {}
