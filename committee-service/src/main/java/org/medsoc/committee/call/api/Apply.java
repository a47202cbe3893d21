package org.medsoc.committee.call.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.medsoc.committee.committee.api.SeatRole;
import org.medsoc.platform.acting.Actor;

/** A member volunteers for a seat with a statement of interest. */
public record Apply(
    @TargetAggregateIdentifier String callId,
    String applicationId,
    Actor applicant,
    SeatRole role,
    String statement) {}
