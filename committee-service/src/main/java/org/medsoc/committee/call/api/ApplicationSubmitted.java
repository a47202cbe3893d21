package org.medsoc.committee.call.api;

import org.medsoc.committee.committee.api.SeatRole;

/** A member applied. */
public record ApplicationSubmitted(
    String callId, String applicationId, String applicantId, SeatRole role, String statement) {}
