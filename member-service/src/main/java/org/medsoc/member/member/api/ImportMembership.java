package org.medsoc.member.member.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * A row of a society's roster import for a person already on the platform (found by their email
 * address): adds the membership as the previous system held it, unless they hold one already.
 */
public record ImportMembership(
    @TargetAggregateIdentifier String memberId,
    String societyId,
    String rowKey,
    String importId,
    ImportedMembership membership) {}
