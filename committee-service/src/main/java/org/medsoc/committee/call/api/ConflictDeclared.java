package org.medsoc.committee.call.api;

import org.medsoc.platform.personal.PersonalData;

/** A reviewer declared a conflict of interest with a candidate. */
public record ConflictDeclared(
    String callId,
    String reviewer,
    String candidateId,
    @PersonalData(subject = "candidateId") String reason) {}
