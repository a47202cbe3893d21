package org.medsoc.committee.committee.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Staff must look at an appointment: the member no longer meets the seat's conditions. */
public record FlagAppointment(
    @TargetAggregateIdentifier String committeeId, String appointmentId, String reason) {}
