package org.medsoc.committee.call.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.medsoc.platform.acting.Actor;

/** The nominee consents to be considered, or declines (a normal outcome, without penalty). */
public record AnswerNomination(
    @TargetAggregateIdentifier String callId,
    String nominationId,
    Actor nominee,
    boolean consent,
    String reason) {}
