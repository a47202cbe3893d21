package org.medsoc.member.member.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** The member (or staff) corrects or completes the profile. */
public record UpdateMemberProfile(
    @TargetAggregateIdentifier String memberId, MemberProfile profile) {}
