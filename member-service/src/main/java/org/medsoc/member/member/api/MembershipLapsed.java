package org.medsoc.member.member.api;

import java.time.LocalDate;

/** The grace period after the paid period ended without renewal. */
public record MembershipLapsed(String memberId, String societyId, LocalDate paidThrough) {}
