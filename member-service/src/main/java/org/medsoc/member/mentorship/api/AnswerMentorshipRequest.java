package org.medsoc.member.mentorship.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.medsoc.platform.acting.Actor;

/** The asked mentor accepts or declines; a decline is a normal outcome, the reason optional. */
public record AnswerMentorshipRequest(
    @TargetAggregateIdentifier String mentorshipId, Actor actor, boolean accept, String reason) {}
