package org.medsoc.committee.call.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** The applicant withdraws their application, or the nominator their nomination. */
public record WithdrawSubmission(
    @TargetAggregateIdentifier String callId,
    String submissionId,
    String memberId,
    String reason) {}
