package org.medsoc.committee.call.api;

import java.time.LocalDate;
import java.util.Set;
import org.medsoc.committee.committee.api.SeatRole;

/** A call as published to members. */
public record CallView(
    String callId,
    String committeeId,
    String societyId,
    CallPurpose purpose,
    String title,
    String description,
    Set<SeatRole> roles,
    CallEligibility eligibility,
    LocalDate opensOn,
    LocalDate closesOn,
    boolean selfNominationAllowed,
    String conferenceId,
    String previousCallId,
    boolean carryOverUnselected,
    LocalDate closedOn) {}
