package org.medsoc.platform.acting;

import java.util.Set;
import org.medsoc.kernel.error.DomainException;

/**
 * Who takes a step: the login (the token's subject), the member that login acts as (null when it
 * acts as none), and the societies it works for as staff ({@code "*"} for all). Controllers take it
 * as a parameter; commands carry it, so the aggregate decides with the rule in front of it whether
 * this actor may take the step.
 */
public record Actor(String subject, String memberId, Set<String> staffOf) {

  private static final String ALL_SOCIETIES = "*";

  public Actor {
    staffOf = Set.copyOf(staffOf);
  }

  /** A member acting for themselves, logged in under their member id. */
  public static Actor member(String memberId) {
    return new Actor(memberId, memberId, Set.of());
  }

  /** Staff of these societies, acting as no member. */
  public static Actor staffOf(String... societyIds) {
    return new Actor("staff", null, Set.of(societyIds));
  }

  public boolean is(String member) {
    return memberId != null && memberId.equals(member);
  }

  public boolean isStaffOf(String societyId) {
    return staffOf.contains(ALL_SOCIETIES) || staffOf.contains(societyId);
  }

  /** The member themselves, or staff of the society the step is taken in. */
  public boolean mayActFor(String member, String societyId) {
    return is(member) || isStaffOf(societyId);
  }

  /** The member this actor acts as; a login linked to no member cannot take a member's step. */
  public String member() {
    if (memberId == null) {
      throw DomainException.conflict("caller", "your login is not linked to a member yet");
    }
    return memberId;
  }
}
