package org.medsoc.committee.call.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Staff or the chair decide on an application or nomination after the call closed, with a reason.
 */
public record Decide(
    @TargetAggregateIdentifier String callId,
    String submissionId,
    Reviewer reviewer,
    Outcome outcome,
    String reason) {}
