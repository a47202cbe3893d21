package org.medsoc.kernel.member;

/** Where a membership stands in its lifecycle. */
public enum MembershipStatus {
  PENDING,
  ACTIVE,
  REJECTED,
  LAPSED,
  RESIGNED;

  /** Only an active membership carries member rights (rates, committee seats, sections). */
  public boolean grantsMemberRights() {
    return this == ACTIVE;
  }
}
