package org.medsoc.member.sponsorship.api;

/** What came of a sponsorship action. */
public enum Outcome {
  MATCHED,
  SELECTED,
  APPOINTED,
  AWARDED,
  NOT_SELECTED,
  DECLINED,
  WITHDRAWN
}
