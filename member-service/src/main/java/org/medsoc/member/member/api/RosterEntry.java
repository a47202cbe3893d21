package org.medsoc.member.member.api;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.medsoc.kernel.member.MembershipCategory;
import org.medsoc.kernel.member.MembershipStatus;
import org.medsoc.kernel.member.TrainingLevel;

/** One line of a society roster. */
public record RosterEntry(
    String memberId,
    String givenName,
    String familyName,
    String degree,
    TrainingLevel trainingLevel,
    String institution,
    String specialty,
    String email,
    MembershipStatus status,
    MembershipCategory category,
    LocalDate paidThrough,
    LocalDate memberSince,
    Instant appliedAt,
    List<String> sectionIds) {}
