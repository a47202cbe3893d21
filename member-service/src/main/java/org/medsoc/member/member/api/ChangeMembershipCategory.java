package org.medsoc.member.member.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.medsoc.kernel.member.MembershipCategory;

/** Staff move a membership to another category (e.g. early-career to full, full to emeritus). */
public record ChangeMembershipCategory(
    @TargetAggregateIdentifier String memberId, String societyId, MembershipCategory category) {}
