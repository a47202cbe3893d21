package org.medsoc.events.conference.api;

import java.math.BigDecimal;
import java.time.Instant;

/** A registration as staff see it. */
public record RegistrationView(
    String registrationId,
    String memberId,
    String status,
    Rate rate,
    BigDecimal fee,
    Instant registeredAt,
    Instant checkedInAt) {}
