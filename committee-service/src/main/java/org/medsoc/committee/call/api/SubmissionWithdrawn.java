package org.medsoc.committee.call.api;

/** An application or nomination was withdrawn before a decision. */
public record SubmissionWithdrawn(
    String callId, String submissionId, String candidateId, String withdrawnBy, String reason) {}
