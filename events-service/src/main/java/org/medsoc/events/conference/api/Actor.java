package org.medsoc.events.conference.api;

/** Who takes a step: the member the caller acts as (null if none), and whether they are staff. */
public record Actor(String memberId, boolean staff) {

  public boolean is(String member) {
    return memberId != null && memberId.equals(member);
  }

  public boolean mayActFor(String member) {
    return staff || is(member);
  }
}
