package org.medsoc.committee.committee.api;

import java.time.LocalDate;

/** One seat held on the roster. */
public record RosterEntry(
    String appointmentId,
    String memberId,
    SeatRole role,
    LocalDate termStart,
    LocalDate termEnd,
    LocalDate endedOn,
    String flag) {}
