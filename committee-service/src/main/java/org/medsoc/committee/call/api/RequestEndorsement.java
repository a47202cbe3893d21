package org.medsoc.committee.call.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.medsoc.platform.acting.Actor;

/** An applicant asks a mentor or program director to endorse their application. */
public record RequestEndorsement(
    @TargetAggregateIdentifier String callId,
    String applicationId,
    Actor applicant,
    String endorserId,
    EndorserRelation relation) {}
