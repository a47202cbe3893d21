package org.medsoc.committee.call.api;

import java.time.Instant;
import java.time.LocalDate;

/**
 * An endorsement the member was asked for: by whom, for which call, in what capacity, until when
 * the call takes it, and whether they have endorsed.
 */
public record EndorsementRequestView(
    String callId,
    String applicationId,
    String applicantId,
    String callTitle,
    LocalDate closesOn,
    EndorserRelation relation,
    Instant requestedAt,
    boolean endorsed) {}
