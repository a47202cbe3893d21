package org.medsoc.member.introduction.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.medsoc.platform.acting.Actor;

/** The colleague asked for an introduction declines to make it, optionally saying why. */
public record DeclineIntroductionRequest(
    @TargetAggregateIdentifier String requestId, Actor actor, String reason) {}
