package org.medsoc.platform.eligibility;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;
import org.medsoc.kernel.member.MembershipCategory;
import org.medsoc.kernel.member.MembershipStatus;
import org.medsoc.kernel.member.TrainingLevel;

/** What this service knows of one membership, as member-service last published it. */
public record MemberEligibility(
    String memberId,
    String societyId,
    MembershipStatus status,
    MembershipCategory category,
    TrainingLevel trainingLevel,
    LocalDate paidThrough,
    Set<String> sectionIds,
    long memberVersion,
    Instant updatedAt) {

  public boolean isActiveMember() {
    return status.grantsMemberRights();
  }
}
