package org.medsoc.member.member.api;

import java.time.LocalDate;

/** A lapsed membership became active again. */
public record MembershipReinstated(
    String memberId, String societyId, LocalDate paidThrough, Dues dues) {}
