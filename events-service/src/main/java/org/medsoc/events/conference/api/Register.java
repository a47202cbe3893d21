package org.medsoc.events.conference.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.medsoc.platform.acting.Actor;

/** A member registers (or staff register them); the rate follows their membership. */
public record Register(
    @TargetAggregateIdentifier String conferenceId,
    String registrationId,
    String memberId,
    Actor actor) {}
