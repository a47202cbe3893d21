package org.medsoc.member.introduction.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.medsoc.platform.acting.Actor;

/** A follow-up after the meeting. */
public record RecordIntroductionFollowUp(
    @TargetAggregateIdentifier String introductionId, Actor actor, String note) {}
