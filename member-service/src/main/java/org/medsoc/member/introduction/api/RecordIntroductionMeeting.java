package org.medsoc.member.introduction.api;

import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.medsoc.platform.acting.Actor;

/** The two members met. */
public record RecordIntroductionMeeting(
    @TargetAggregateIdentifier String introductionId, Actor actor, LocalDate heldOn) {}
