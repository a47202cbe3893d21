package org.medsoc.member.member.command;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.medsoc.kernel.error.DomainException;
import org.medsoc.kernel.member.MembershipCategory;
import org.medsoc.kernel.member.TrainingLevel;
import org.medsoc.member.member.api.ImportedMembership;
import org.medsoc.member.society.query.Societies;

/**
 * What a roster import accepts: the Member aggregate checks each row with it, and the import's
 * preview names each row's problem with the same rule before anything is sent.
 */
public final class ImportRules {

  private ImportRules() {}

  /**
   * An imported membership keeps its dates, and they must tell one consistent story: an active
   * member is paid through a period whose grace has not ended, a lapsed or resigned one is not.
   */
  public static void check(
      String societyId,
      ImportedMembership imported,
      TrainingLevel level,
      Societies societies,
      MembershipPolicy policy) {
    if (!societies.exists(societyId)) {
      throw DomainException.notFound("societyId", "no society " + societyId);
    }
    MembershipCategory category = imported.category();
    if (!CategoryEligibility.admits(category, level)) {
      throw DomainException.invalid(
          "category",
          "%s membership is for %s; the member is %s"
              .formatted(category, CategoryEligibility.requirement(category), level));
    }
    LocalDate today = LocalDate.now(ZoneOffset.UTC);
    if (imported.memberSince() != null && imported.memberSince().isAfter(today)) {
      throw DomainException.invalid("memberSince", "must not be in the future");
    }
    LocalDate paidThrough = imported.paidThrough();
    if (paidThrough != null
        && imported.memberSince() != null
        && paidThrough.isBefore(imported.memberSince())) {
      throw DomainException.invalid("paidThrough", "must not be before memberSince");
    }
    boolean graceEnded =
        paidThrough != null && !policy.lapseMoment(paidThrough).isAfter(Instant.now());
    switch (imported.status()) {
      case ACTIVE -> {
        if (paidThrough == null) {
          throw DomainException.invalid(
              "paidThrough", "an active membership is paid through a day");
        }
        if (graceEnded) {
          throw DomainException.invalid(
              "paidThrough",
              "the period paid through %s and its grace have ended; import the membership as LAPSED"
                  .formatted(paidThrough));
        }
      }
      case LAPSED -> {
        if (paidThrough == null || !graceEnded) {
          throw DomainException.invalid(
              "paidThrough", "a lapsed membership was paid through a day whose grace has ended");
        }
      }
      case RESIGNED -> {
        // A former member: the dates say when they were one, if the previous system knew.
      }
      default ->
          throw DomainException.invalid(
              "status", "an imported membership is ACTIVE, LAPSED or RESIGNED");
    }
    for (String sectionId : imported.sectionIds()) {
      if (!societies.hasSection(societyId, sectionId)) {
        throw DomainException.notFound("sections", "the society has no section " + sectionId);
      }
    }
  }
}
