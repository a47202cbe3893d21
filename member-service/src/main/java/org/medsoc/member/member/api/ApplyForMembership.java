package org.medsoc.member.member.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.medsoc.kernel.member.MembershipCategory;

/** The member applies to a society in a category. */
public record ApplyForMembership(
    @TargetAggregateIdentifier String memberId, String societyId, MembershipCategory category) {}
