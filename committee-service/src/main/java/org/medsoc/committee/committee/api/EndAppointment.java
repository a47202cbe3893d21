package org.medsoc.committee.committee.api;

import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** An appointment ends early: a resignation or a removal, with the reason. */
public record EndAppointment(
    @TargetAggregateIdentifier String committeeId,
    String appointmentId,
    LocalDate endedOn,
    String reason) {}
