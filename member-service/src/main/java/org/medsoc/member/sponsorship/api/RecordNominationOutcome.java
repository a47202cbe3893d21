package org.medsoc.member.sponsorship.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** committee-service reports what came of a nomination linked to this sponsorship. */
public record RecordNominationOutcome(
    @TargetAggregateIdentifier String sponsorshipId,
    String nominationId,
    Outcome outcome,
    String note) {}
