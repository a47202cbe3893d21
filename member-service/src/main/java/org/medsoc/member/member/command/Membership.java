package org.medsoc.member.member.command;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.Objects;
import java.util.Set;
import org.medsoc.kernel.error.DomainException;
import org.medsoc.kernel.member.MembershipCategory;
import org.medsoc.kernel.member.MembershipStatus;

/** A member's membership of one society, as the Member aggregate holds it. */
final class Membership {

  private final String societyId;
  private MembershipStatus status;
  private MembershipCategory category;
  private LocalDate paidThrough;
  private final Set<String> sectionIds = new HashSet<>();
  private String rowKey;

  Membership(String societyId, MembershipCategory category) {
    this.societyId = societyId;
    this.category = category;
    this.status = MembershipStatus.PENDING;
  }

  void requireStatus(MembershipStatus required, String action) {
    if (status != required) {
      throw DomainException.conflict(
          "status",
          "cannot %s a membership that is %s (it must be %s)".formatted(action, status, required));
    }
  }

  boolean isOneOf(MembershipStatus... statuses) {
    for (MembershipStatus candidate : statuses) {
      if (status == candidate) {
        return true;
      }
    }
    return false;
  }

  String societyId() {
    return societyId;
  }

  MembershipStatus status() {
    return status;
  }

  MembershipCategory category() {
    return category;
  }

  LocalDate paidThrough() {
    return paidThrough;
  }

  boolean inSection(String sectionId) {
    return sectionIds.contains(sectionId);
  }

  void activate(LocalDate paidThrough) {
    this.status = MembershipStatus.ACTIVE;
    this.paidThrough = paidThrough;
  }

  void restore(
      MembershipStatus status, LocalDate paidThrough, Iterable<String> sectionIds, String rowKey) {
    this.status = status;
    this.paidThrough = paidThrough;
    sectionIds.forEach(this.sectionIds::add);
    this.rowKey = rowKey;
  }

  /** The row of a roster import this membership came from, if it did. */
  String rowKey() {
    return rowKey;
  }

  void changeStatus(MembershipStatus status) {
    this.status = status;
  }

  void changeCategory(MembershipCategory category) {
    this.category = category;
  }

  void join(String sectionId) {
    sectionIds.add(sectionId);
  }

  void leave(String sectionId) {
    sectionIds.remove(sectionId);
  }

  void leaveAllSections() {
    sectionIds.clear();
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof Membership that
        && societyId.equals(that.societyId)
        && status == that.status
        && category == that.category
        && Objects.equals(paidThrough, that.paidThrough)
        && sectionIds.equals(that.sectionIds);
  }

  @Override
  public int hashCode() {
    return Objects.hash(societyId, status, category, paidThrough, sectionIds);
  }
}
