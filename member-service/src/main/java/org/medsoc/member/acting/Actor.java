package org.medsoc.member.acting;

/**
 * Who takes a step in the networking record: the member the caller's login acts as (null when it
 * acts as none). Only the people of a record take its steps; staff read it, never speak in it.
 */
public record Actor(String memberId) {

  public boolean is(String member) {
    return memberId != null && memberId.equals(member);
  }
}
