package org.medsoc.committee.committee.api;

import java.util.Map;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Staff create a committee of a society with its seat plan. An award committee runs award cycles;
 * its policy says whether nominations not selected in one cycle are carried to the next.
 */
public record CreateCommittee(
    @TargetAggregateIdentifier String committeeId,
    String societyId,
    String sectionId,
    String name,
    String charter,
    Map<SeatRole, Integer> seatPlan,
    int defaultTermYears,
    boolean awardCommittee,
    boolean carryOverNominations) {}
