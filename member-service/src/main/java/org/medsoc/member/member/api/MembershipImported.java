package org.medsoc.member.member.api;

import java.time.LocalDate;
import java.util.List;
import org.medsoc.kernel.member.MembershipCategory;
import org.medsoc.kernel.member.MembershipStatus;

/**
 * A membership was brought over from a society's previous system by a roster import, keeping its
 * historical dates; attributed to whoever ran the import, never to an approval.
 */
public record MembershipImported(
    String memberId,
    String societyId,
    String rowKey,
    String importId,
    MembershipCategory category,
    MembershipStatus status,
    LocalDate memberSince,
    LocalDate paidThrough,
    List<String> sectionIds) {

  public MembershipImported {
    sectionIds = sectionIds == null ? List.of() : List.copyOf(sectionIds);
  }
}
