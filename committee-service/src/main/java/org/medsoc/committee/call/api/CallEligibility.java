package org.medsoc.committee.call.api;

import java.util.Set;
import org.medsoc.kernel.member.MembershipCategory;
import org.medsoc.kernel.member.TrainingLevel;

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
}
