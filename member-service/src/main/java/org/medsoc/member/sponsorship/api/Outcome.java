package org.medsoc.member.sponsorship.api;

/** What came of a sponsorship action. */
public enum Outcome {
  MATCHED,
  APPOINTED,
  AWARDED,
  NOT_SELECTED,
  WITHDRAWN
}
