package org.medsoc.committee.call.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.medsoc.platform.acting.Actor;

/** The applicant withdraws their application, or the nominator their nomination. */
public record WithdrawSubmission(
    @TargetAggregateIdentifier String callId, String submissionId, Actor member, String reason) {}
