package org.medsoc.member.society.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Staff register a society on the platform. */
public record RegisterSociety(
    @TargetAggregateIdentifier String societyId, String name, SocietyKind kind) {}
