package org.medsoc.member.member.api;

import java.time.LocalDate;
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
    MembershipStatus status,
    MembershipCategory category,
    LocalDate paidThrough) {}
