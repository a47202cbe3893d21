package org.medsoc.committee.call.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** An applicant asks a mentor or program director to endorse their application. */
public record RequestEndorsement(
    @TargetAggregateIdentifier String callId,
    String applicationId,
    String applicantId,
    String endorserId,
    EndorserRelation relation) {}
