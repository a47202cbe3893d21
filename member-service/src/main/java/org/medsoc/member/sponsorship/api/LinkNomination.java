package org.medsoc.member.sponsorship.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * committee-service reports a nomination whose nominator named this sponsorship; it becomes one of
 * the sponsorship's actions if the nominator is its sponsor and the nominee its protégé.
 */
public record LinkNomination(
    @TargetAggregateIdentifier String sponsorshipId,
    String nominationId,
    String nominatorId,
    String nomineeId,
    RoleKind roleKind,
    String target) {}
