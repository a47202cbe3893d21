package org.medsoc.committee.committee.api;

import java.time.LocalDate;

/** A term ran its course: the seat is free from the next day. */
public record AppointmentTermEnded(
    String committeeId, String appointmentId, String memberId, LocalDate termEnd) {}
