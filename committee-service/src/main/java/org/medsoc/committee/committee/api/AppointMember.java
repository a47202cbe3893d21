package org.medsoc.committee.committee.api;

import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Staff or the chair appoint a member to a seat for a term. */
public record AppointMember(
    @TargetAggregateIdentifier String committeeId,
    String appointmentId,
    String memberId,
    SeatRole role,
    LocalDate termStart,
    LocalDate termEnd) {}
