package org.medsoc.kernel.member;

/** Where a person stands in medical training: medical student, resident, fellow, or attending. */
public enum TrainingLevel {
  MS1,
  MS2,
  MS3,
  MS4,
  PGY1,
  PGY2,
  PGY3,
  PGY4,
  PGY5,
  PGY6,
  PGY7,
  PGY8,
  FELLOW,
  ATTENDING;

  public boolean isMedicalStudent() {
    return name().startsWith("MS");
  }

  public boolean isResident() {
    return name().startsWith("PGY");
  }

  /** Students, residents and fellows are trainees; attendings have completed training. */
  public boolean isTrainee() {
    return this != ATTENDING;
  }
}
