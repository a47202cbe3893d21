package org.medsoc.member.mentorship.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.medsoc.platform.acting.Actor;

/** Either side ends the mentorship, saying why. */
public record EndMentorship(
    @TargetAggregateIdentifier String mentorshipId, Actor actor, String reason) {}
