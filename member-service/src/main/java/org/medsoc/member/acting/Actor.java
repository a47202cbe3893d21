package org.medsoc.member.acting;

/**
 * Who takes an action in the networking record, as command handlers need to know it: the member the
 * caller's login acts as (null when it acts as none), and whether the caller is staff, who may act
 * for the parties.
 */
public record Actor(String memberId, boolean staff) {

  public boolean is(String member) {
    return memberId != null && memberId.equals(member);
  }

  /** The member themself or staff. */
  public boolean mayActFor(String member) {
    return staff || is(member);
  }
}
