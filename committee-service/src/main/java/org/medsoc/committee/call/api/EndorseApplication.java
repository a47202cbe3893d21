package org.medsoc.committee.call.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.medsoc.platform.acting.Actor;

/** A mentor or program director endorses an application, as their own action. */
public record EndorseApplication(
    @TargetAggregateIdentifier String callId,
    String applicationId,
    Actor endorser,
    EndorserRelation relation,
    String endorsement) {}
