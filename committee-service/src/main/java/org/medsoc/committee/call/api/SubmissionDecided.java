package org.medsoc.committee.call.api;

import org.medsoc.platform.personal.PersonalData;

/** An application or nomination was decided. */
public record SubmissionDecided(
    String callId,
    String submissionId,
    String candidateId,
    Outcome outcome,
    @PersonalData(subject = "candidateId") String reason,
    String decidedBy) {}
