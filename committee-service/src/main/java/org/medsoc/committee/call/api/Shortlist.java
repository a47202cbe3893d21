package org.medsoc.committee.call.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.medsoc.platform.acting.Actor;

/**
 * Staff or the chair shortlist an application or a consented nomination; a reviewer with a conflict
 * of interest with the candidate does not.
 */
public record Shortlist(
    @TargetAggregateIdentifier String callId, String submissionId, Actor reviewer) {}
