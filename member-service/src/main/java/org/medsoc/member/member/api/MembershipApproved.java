package org.medsoc.member.member.api;

import java.time.LocalDate;
import org.medsoc.kernel.member.MembershipCategory;

/** An application was approved; the membership is active. */
public record MembershipApproved(
    String memberId,
    String societyId,
    MembershipCategory category,
    LocalDate paidThrough,
    Dues dues) {}
