package org.medsoc.member.member.integration;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;
import org.medsoc.kernel.member.MembershipCategory;
import org.medsoc.kernel.member.MembershipStatus;

/** A membership as other services were last told of it. */
record PublishedMembership(
    String memberId,
    String societyId,
    MembershipStatus status,
    MembershipCategory category,
    LocalDate paidThrough,
    Set<String> sectionIds) {

  static PublishedMembership applied(
      String memberId, String societyId, MembershipCategory category) {
    return new PublishedMembership(
        memberId, societyId, MembershipStatus.PENDING, category, null, Set.of());
  }

  PublishedMembership withStatus(MembershipStatus newStatus) {
    Set<String> sections = newStatus == MembershipStatus.RESIGNED ? Set.of() : sectionIds;
    return new PublishedMembership(memberId, societyId, newStatus, category, paidThrough, sections);
  }

  PublishedMembership active(LocalDate newPaidThrough) {
    return new PublishedMembership(
        memberId, societyId, MembershipStatus.ACTIVE, category, newPaidThrough, sectionIds);
  }

  PublishedMembership withCategory(MembershipCategory newCategory) {
    return new PublishedMembership(
        memberId, societyId, status, newCategory, paidThrough, sectionIds);
  }

  PublishedMembership withSection(String sectionId, boolean member) {
    Set<String> sections = new HashSet<>(sectionIds);
    if (member) {
      sections.add(sectionId);
    } else {
      sections.remove(sectionId);
    }
    return new PublishedMembership(memberId, societyId, status, category, paidThrough, sections);
  }
}
