package org.medsoc.committee.committee.api;

/** An appointment was flagged for staff, with the reason (e.g. the membership lapsed). */
public record AppointmentFlagged(
    String committeeId, String appointmentId, String memberId, String reason) {}
