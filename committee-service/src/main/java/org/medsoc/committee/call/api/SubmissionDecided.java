package org.medsoc.committee.call.api;

/** An application or nomination was decided. */
public record SubmissionDecided(
    String callId,
    String submissionId,
    String candidateId,
    Outcome outcome,
    String reason,
    String decidedBy) {}
