package org.medsoc.committee.committee.api;

import java.time.LocalDate;

/** An appointment ended before its term. */
public record AppointmentEnded(
    String committeeId, String appointmentId, String memberId, LocalDate endedOn, String reason) {}
