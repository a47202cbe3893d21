package org.medsoc.committee.call.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.medsoc.platform.acting.Actor;

/**
 * Staff or the chair decide on an application or nomination after the call closed, with a reason.
 */
public record Decide(
    @TargetAggregateIdentifier String callId,
    String submissionId,
    Actor reviewer,
    Outcome outcome,
    String reason) {}
