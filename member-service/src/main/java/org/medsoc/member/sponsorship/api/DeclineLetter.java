package org.medsoc.member.sponsorship.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.medsoc.platform.acting.Actor;

/** The sponsor declines to write the letter. */
public record DeclineLetter(
    @TargetAggregateIdentifier String sponsorshipId, String letterId, Actor actor, String reason) {}
