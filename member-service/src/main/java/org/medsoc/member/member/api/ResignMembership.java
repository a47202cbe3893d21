package org.medsoc.member.member.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** The member leaves the society. */
public record ResignMembership(
    @TargetAggregateIdentifier String memberId, String societyId, String reason) {}
