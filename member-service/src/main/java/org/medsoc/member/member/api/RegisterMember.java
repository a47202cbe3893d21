package org.medsoc.member.member.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.medsoc.kernel.member.TrainingLevel;

/** A person joins the platform with a profile. */
public record RegisterMember(
    @TargetAggregateIdentifier String memberId,
    MemberProfile profile,
    TrainingLevel trainingLevel) {}
