package org.medsoc.committee.committee.api;

import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** A term is renewed to a later end, if the seat stays free for the extension. */
public record RenewAppointment(
    @TargetAggregateIdentifier String committeeId, String appointmentId, LocalDate termEnd) {}
