package org.medsoc.committee.committee.api;

import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Staff or the chair appoint a member to a seat for a term, from a selected application or
 * nomination ({@code submissionId}) or directly (null). Without a last day, the term runs for the
 * committee's default number of years.
 */
public record AppointMember(
    @TargetAggregateIdentifier String committeeId,
    String appointmentId,
    String memberId,
    SeatRole role,
    LocalDate termStart,
    LocalDate termEnd,
    String submissionId) {}
