package org.medsoc.committee.call.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.medsoc.committee.committee.api.SeatRole;

/** A member volunteers for a seat with a statement of interest. */
public record Apply(
    @TargetAggregateIdentifier String callId,
    String applicationId,
    String applicantId,
    SeatRole role,
    String statement) {}
