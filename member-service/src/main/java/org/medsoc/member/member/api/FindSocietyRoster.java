package org.medsoc.member.member.api;

import java.time.LocalDate;
import org.medsoc.kernel.member.MembershipCategory;
import org.medsoc.kernel.member.MembershipStatus;
import org.medsoc.kernel.member.TrainingLevel;

/**
 * Query: the members of a society, filtered by any of status, category, section, training level, a
 * paid-through range and words found in the name, institution, specialty or interests (each word as
 * a prefix); sorted and paged.
 */
public record FindSocietyRoster(
    String societyId,
    MembershipStatus status,
    MembershipCategory category,
    String sectionId,
    TrainingLevel trainingLevel,
    LocalDate paidFrom,
    LocalDate paidTo,
    String text,
    RosterSort sort,
    boolean descending,
    int page,
    int size) {

  /** The orders a roster can be read in; each ends on the member id so pages never overlap. */
  public enum RosterSort {
    NAME,
    PAID_THROUGH,
    MEMBER_SINCE,
    APPLIED,
    INSTITUTION
  }
}
