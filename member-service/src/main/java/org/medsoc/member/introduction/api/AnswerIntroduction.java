package org.medsoc.member.introduction.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.medsoc.platform.acting.Actor;

/** One side accepts or declines; a decline is a normal outcome and needs no reason. */
public record AnswerIntroduction(
    @TargetAggregateIdentifier String introductionId,
    Actor actor,
    String memberId,
    boolean accept,
    String reason) {}
