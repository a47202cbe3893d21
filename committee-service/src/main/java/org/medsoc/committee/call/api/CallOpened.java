package org.medsoc.committee.call.api;

import java.time.LocalDate;
import java.util.Set;
import org.medsoc.committee.committee.api.SeatRole;

/** A call was opened; {@code carryOverUnselected} is the committee's policy when it opened. */
public record CallOpened(
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
    boolean carryOverUnselected) {}
