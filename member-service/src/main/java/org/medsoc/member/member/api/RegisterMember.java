package org.medsoc.member.member.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.medsoc.kernel.member.TrainingLevel;

/**
 * A person joins the platform with a profile. The account subject links the member to the login
 * (token subject) that acts as them; null when staff register someone who has no login yet. Staff
 * of a society register a person for that society ({@code registeredFor}).
 */
public record RegisterMember(
    @TargetAggregateIdentifier String memberId,
    MemberProfile profile,
    TrainingLevel trainingLevel,
    String accountSubject,
    String registeredFor) {}
