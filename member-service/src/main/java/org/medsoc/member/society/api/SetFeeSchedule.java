package org.medsoc.member.society.api;

import java.util.Map;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.medsoc.kernel.member.MembershipCategory;
import org.medsoc.member.member.api.Dues;

/**
 * Staff set what a period of membership costs in each category, so that approving, renewing and
 * reinstating take the amount from the schedule. Categories left out have no fee set.
 */
public record SetFeeSchedule(
    @TargetAggregateIdentifier String societyId, Map<MembershipCategory, Dues> fees) {

  public SetFeeSchedule {
    fees = Map.copyOf(fees);
  }
}
