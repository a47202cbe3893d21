package org.medsoc.member.member.api;

import java.time.LocalDate;
import java.util.List;
import org.medsoc.kernel.member.MembershipCategory;
import org.medsoc.kernel.member.MembershipStatus;

/** One membership as the member's page shows it. */
public record MembershipView(
    String societyId,
    MembershipStatus status,
    MembershipCategory category,
    LocalDate paidThrough,
    List<String> sectionIds) {}
