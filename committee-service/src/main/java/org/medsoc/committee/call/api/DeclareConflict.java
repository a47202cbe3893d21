package org.medsoc.committee.call.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * A reviewer declares a conflict of interest with a candidate; they can no longer decide on them.
 */
public record DeclareConflict(
    @TargetAggregateIdentifier String callId,
    Reviewer reviewer,
    String candidateId,
    String reason) {}
