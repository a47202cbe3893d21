package org.medsoc.member.introduction.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.medsoc.platform.acting.Actor;

/**
 * A member asks a colleague who knows someone to introduce them, saying why; the person they hope
 * to meet is not told unless the introducer proposes the introduction.
 */
public record AskForIntroduction(
    @TargetAggregateIdentifier String requestId,
    Actor actor,
    String askerId,
    String introducerId,
    String targetId,
    String reason) {}
