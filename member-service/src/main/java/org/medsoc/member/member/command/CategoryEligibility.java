package org.medsoc.member.member.command;

import org.medsoc.kernel.member.MembershipCategory;
import org.medsoc.kernel.member.TrainingLevel;

/** Which training levels each membership category admits. */
final class CategoryEligibility {

  private CategoryEligibility() {}

  static boolean admits(MembershipCategory category, TrainingLevel level) {
    return switch (category) {
      case STUDENT -> level.isMedicalStudent();
      case RESIDENT_FELLOW_IN_TRAINING -> level.isResident() || level == TrainingLevel.FELLOW;
      case EARLY_CAREER, FULL, EMERITUS -> level == TrainingLevel.ATTENDING;
    };
  }

  /** The category a member moves to when training makes the current one wrong. */
  static MembershipCategory defaultFor(TrainingLevel level) {
    if (level.isMedicalStudent()) {
      return MembershipCategory.STUDENT;
    }
    return level.isTrainee()
        ? MembershipCategory.RESIDENT_FELLOW_IN_TRAINING
        : MembershipCategory.EARLY_CAREER;
  }

  static String requirement(MembershipCategory category) {
    return switch (category) {
      case STUDENT -> "a medical student (MS1-MS4)";
      case RESIDENT_FELLOW_IN_TRAINING -> "a resident (PGY1-PGY8) or fellow";
      case EARLY_CAREER, FULL, EMERITUS -> "an attending";
    };
  }
}
