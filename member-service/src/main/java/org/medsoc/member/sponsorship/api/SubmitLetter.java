package org.medsoc.member.sponsorship.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.medsoc.platform.acting.Actor;

/** The sponsor submits the letter; its content is confidential. */
public record SubmitLetter(
    @TargetAggregateIdentifier String sponsorshipId,
    String letterId,
    Actor actor,
    String content) {}
