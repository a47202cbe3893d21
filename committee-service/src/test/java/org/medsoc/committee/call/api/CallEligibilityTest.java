package org.medsoc.committee.call.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.medsoc.committee.call.api.EligibilityCriterion.ACTIVE_MEMBERSHIP;
import static org.medsoc.committee.call.api.EligibilityCriterion.CATEGORY;
import static org.medsoc.committee.call.api.EligibilityCriterion.SECTION;
import static org.medsoc.committee.call.api.EligibilityCriterion.TRAINING_LEVEL;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.medsoc.kernel.member.MembershipCategory;
import org.medsoc.kernel.member.MembershipStatus;
import org.medsoc.kernel.member.TrainingLevel;
import org.medsoc.platform.eligibility.MemberEligibility;

/** What a member is told of a call's eligibility they do not meet. */
class CallEligibilityTest {

  private final CallEligibility residentsOfTheSection =
      new CallEligibility(
          Set.of(MembershipCategory.RESIDENT_FELLOW_IN_TRAINING),
          Set.of(TrainingLevel.PGY1, TrainingLevel.PGY2),
          "early-career");

  @Test
  void an_active_resident_of_the_section_meets_everything() {
    assertThat(residentsOfTheSection.unmetBy(resident(MembershipStatus.ACTIVE, "early-career")))
        .isEmpty();
  }

  @Test
  void a_lapsed_resident_outside_the_section_is_told_both() {
    assertThat(residentsOfTheSection.unmetBy(resident(MembershipStatus.LAPSED, "other")))
        .containsExactly(ACTIVE_MEMBERSHIP, SECTION);
  }

  @Test
  void someone_with_no_membership_meets_nothing() {
    assertThat(residentsOfTheSection.unmetBy(null))
        .containsExactly(ACTIVE_MEMBERSHIP, CATEGORY, TRAINING_LEVEL, SECTION);
  }

  @Test
  void a_call_open_to_any_member_asks_only_for_an_active_membership() {
    assertThat(CallEligibility.anyMember().unmetBy(resident(MembershipStatus.PENDING)))
        .containsExactly(ACTIVE_MEMBERSHIP);
  }

  private static MemberEligibility resident(MembershipStatus status, String... sections) {
    return new MemberEligibility(
        "m-1",
        "society",
        status,
        MembershipCategory.RESIDENT_FELLOW_IN_TRAINING,
        TrainingLevel.PGY2,
        LocalDate.of(2028, 1, 1),
        Set.of(sections),
        1,
        Instant.now());
  }
}
