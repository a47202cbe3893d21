package org.medsoc.member.member.api;

import java.time.LocalDate;

/** A membership was renewed for another period. */
public record MembershipRenewed(
    String memberId,
    String societyId,
    LocalDate previousPaidThrough,
    LocalDate paidThrough,
    Dues dues) {}
