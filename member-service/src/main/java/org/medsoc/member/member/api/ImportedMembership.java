package org.medsoc.member.member.api;

import java.time.LocalDate;
import java.util.List;
import org.medsoc.kernel.member.MembershipCategory;
import org.medsoc.kernel.member.MembershipStatus;

/**
 * A membership as a society's previous system recorded it, with its own dates: since when the
 * person has been a member, and the day their last paid period ended (in the past for a lapsed or
 * resigned member).
 */
public record ImportedMembership(
    MembershipCategory category,
    MembershipStatus status,
    LocalDate memberSince,
    LocalDate paidThrough,
    List<String> sectionIds) {

  public ImportedMembership {
    sectionIds = sectionIds == null ? List.of() : List.copyOf(sectionIds);
  }
}
