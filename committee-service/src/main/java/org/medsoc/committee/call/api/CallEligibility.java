package org.medsoc.committee.call.api;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.medsoc.kernel.member.MembershipCategory;
import org.medsoc.kernel.member.TrainingLevel;
import org.medsoc.platform.eligibility.MemberEligibility;

/**
 * Who may be a candidate: an active member of the committee's society in one of these categories
 * and training levels (empty: any) and, when a section is named, in that section.
 */
public record CallEligibility(
    Set<MembershipCategory> categories, Set<TrainingLevel> trainingLevels, String sectionId) {

  public CallEligibility {
    categories = categories == null ? Set.of() : Set.copyOf(categories);
    trainingLevels = trainingLevels == null ? Set.of() : Set.copyOf(trainingLevels);
  }

  public static CallEligibility anyMember() {
    return new CallEligibility(Set.of(), Set.of(), null);
  }

  /**
   * The conditions a membership does not meet, in the order a member reads them; empty when it
   * meets them all. No membership at all meets nothing.
   */
  public List<EligibilityCriterion> unmetBy(MemberEligibility member) {
    List<EligibilityCriterion> unmet = new ArrayList<>();
    if (member == null || !member.isActiveMember()) {
      unmet.add(EligibilityCriterion.ACTIVE_MEMBERSHIP);
    }
    if (!categories.isEmpty() && (member == null || !categories.contains(member.category()))) {
      unmet.add(EligibilityCriterion.CATEGORY);
    }
    if (!trainingLevels.isEmpty()
        && (member == null || !trainingLevels.contains(member.trainingLevel()))) {
      unmet.add(EligibilityCriterion.TRAINING_LEVEL);
    }
    if (sectionId != null && (member == null || !member.sectionIds().contains(sectionId))) {
      unmet.add(EligibilityCriterion.SECTION);
    }
    return List.copyOf(unmet);
  }
}
