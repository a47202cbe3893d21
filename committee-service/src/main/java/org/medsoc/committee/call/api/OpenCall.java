package org.medsoc.committee.call.api;

import java.time.LocalDate;
import java.util.Set;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.medsoc.committee.committee.api.SeatRole;

/**
 * Staff or the chair open a call for volunteers or an award cycle of their committee. A cycle that
 * continues an earlier one names it, and takes over its unselected nominations when the committee's
 * policy says so.
 */
public record OpenCall(
    @TargetAggregateIdentifier String callId,
    String committeeId,
    CallPurpose purpose,
    String title,
    String description,
    Set<SeatRole> roles,
    CallEligibility eligibility,
    LocalDate opensOn,
    LocalDate closesOn,
    boolean selfNominationAllowed,
    String conferenceId,
    String previousCallId) {}
