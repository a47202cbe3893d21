package org.medsoc.committee.call.api;

import org.medsoc.committee.committee.api.SeatRole;
import org.medsoc.platform.personal.PersonalData;

/** A member applied. */
public record ApplicationSubmitted(
    String callId,
    String applicationId,
    String applicantId,
    SeatRole role,
    @PersonalData(subject = "applicantId") String statement) {}
