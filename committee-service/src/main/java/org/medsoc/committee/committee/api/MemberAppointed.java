package org.medsoc.committee.committee.api;

import java.time.LocalDate;

/** A member was appointed to a seat for a term. */
public record MemberAppointed(
    String committeeId,
    String appointmentId,
    String memberId,
    SeatRole role,
    LocalDate termStart,
    LocalDate termEnd,
    String committeeName,
    String societyId,
    String submissionId) {}
