package org.medsoc.committee.committee.api;

import java.time.LocalDate;

/** An appointment's term was extended. */
public record AppointmentRenewed(
    String committeeId,
    String appointmentId,
    String memberId,
    LocalDate previousTermEnd,
    LocalDate termEnd) {}
