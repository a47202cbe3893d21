package org.medsoc.member.member.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** The member, or staff of their societies for them, asks that the member be forgotten. */
public record EraseMember(
    @TargetAggregateIdentifier String memberId, String reason, LegalBasis legalBasis) {}
