package org.medsoc.kernel.member;

/** The membership category of a society; it follows career stage and sets dues and rights. */
public enum MembershipCategory {
  STUDENT,
  RESIDENT_FELLOW_IN_TRAINING,
  EARLY_CAREER,
  FULL,
  EMERITUS;

  public boolean isTraineeCategory() {
    return this == STUDENT || this == RESIDENT_FELLOW_IN_TRAINING;
  }
}
