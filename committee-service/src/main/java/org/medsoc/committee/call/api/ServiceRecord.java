package org.medsoc.committee.call.api;

import java.time.LocalDate;

/** One line of a member's service history: a committee appointment or an award received. */
public record ServiceRecord(
    String kind,
    String societyId,
    String committeeId,
    String committeeName,
    String title,
    LocalDate from,
    LocalDate to,
    String flag) {}
