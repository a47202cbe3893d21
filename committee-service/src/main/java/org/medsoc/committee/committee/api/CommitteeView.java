package org.medsoc.committee.committee.api;

import java.util.Map;

/** A committee. */
public record CommitteeView(
    String committeeId,
    String societyId,
    String sectionId,
    String name,
    String charter,
    Map<SeatRole, Integer> seatPlan,
    int defaultTermYears,
    boolean awardCommittee,
    boolean carryOverNominations) {}
