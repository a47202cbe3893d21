package org.medsoc.committee.call.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.medsoc.platform.acting.Actor;

/**
 * A reviewer declares a conflict of interest with a candidate; they can no longer decide on them.
 */
public record DeclareConflict(
    @TargetAggregateIdentifier String callId, Actor reviewer, String candidateId, String reason) {}
