package org.medsoc.member.member.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** An active member joins a section of the society. */
public record JoinSection(
    @TargetAggregateIdentifier String memberId, String societyId, String sectionId) {}
