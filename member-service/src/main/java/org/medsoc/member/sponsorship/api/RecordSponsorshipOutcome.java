package org.medsoc.member.sponsorship.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.medsoc.platform.acting.Actor;

/** What came of a recommendation or a letter, when it is known. */
public record RecordSponsorshipOutcome(
    @TargetAggregateIdentifier String sponsorshipId,
    String actionId,
    Actor actor,
    Outcome outcome,
    String note) {}
