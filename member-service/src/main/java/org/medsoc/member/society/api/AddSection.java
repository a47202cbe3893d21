package org.medsoc.member.society.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Staff add a section to a society, e.g. "Section on Residents and Fellowship Trainees". */
public record AddSection(
    @TargetAggregateIdentifier String societyId, String sectionId, String name) {}
