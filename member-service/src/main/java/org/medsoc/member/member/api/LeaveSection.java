package org.medsoc.member.member.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** A member leaves a section. */
public record LeaveSection(
    @TargetAggregateIdentifier String memberId, String societyId, String sectionId) {}
