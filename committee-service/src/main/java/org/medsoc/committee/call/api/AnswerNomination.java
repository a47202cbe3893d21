package org.medsoc.committee.call.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** The nominee consents to be considered, or declines (a normal outcome, without penalty). */
public record AnswerNomination(
    @TargetAggregateIdentifier String callId,
    String nominationId,
    String nomineeId,
    boolean consent,
    String reason) {}
