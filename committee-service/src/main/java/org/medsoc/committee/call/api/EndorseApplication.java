package org.medsoc.committee.call.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** A mentor or program director endorses an application, as their own action. */
public record EndorseApplication(
    @TargetAggregateIdentifier String callId,
    String applicationId,
    String endorserId,
    EndorserRelation relation,
    String endorsement) {}
