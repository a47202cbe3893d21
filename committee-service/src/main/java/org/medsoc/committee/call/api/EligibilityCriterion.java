package org.medsoc.committee.call.api;

/** One condition of a call's eligibility that a member may fail to meet. */
public enum EligibilityCriterion {
  /** An active membership of the call's society. */
  ACTIVE_MEMBERSHIP,
  /** A membership in one of the call's categories. */
  CATEGORY,
  /** One of the call's training levels. */
  TRAINING_LEVEL,
  /** Membership of the call's section. */
  SECTION
}
