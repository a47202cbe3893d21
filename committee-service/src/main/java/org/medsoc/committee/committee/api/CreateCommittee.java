package org.medsoc.committee.committee.api;

import java.util.Map;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Staff create a committee of a society with its seat plan. */
public record CreateCommittee(
    @TargetAggregateIdentifier String committeeId,
    String societyId,
    String sectionId,
    String name,
    String charter,
    Map<SeatRole, Integer> seatPlan,
    int defaultTermYears) {}
