package org.medsoc.member.society.api;

import java.util.Map;
import org.medsoc.kernel.member.MembershipCategory;
import org.medsoc.member.member.api.Dues;

/** A society's fee schedule was set: the dues of a period in each category it names. */
public record FeeScheduleSet(String societyId, Map<MembershipCategory, Dues> fees) {

  public FeeScheduleSet {
    fees = fees == null ? Map.of() : Map.copyOf(fees);
  }
}
