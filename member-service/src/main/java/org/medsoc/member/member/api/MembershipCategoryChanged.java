package org.medsoc.member.member.api;

import org.medsoc.kernel.member.MembershipCategory;

/** A membership moved to another category. */
public record MembershipCategoryChanged(
    String memberId,
    String societyId,
    MembershipCategory from,
    MembershipCategory to,
    String reason) {}
