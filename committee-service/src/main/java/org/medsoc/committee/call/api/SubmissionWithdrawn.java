package org.medsoc.committee.call.api;

import org.medsoc.platform.personal.PersonalData;

/** An application or nomination was withdrawn before a decision. */
public record SubmissionWithdrawn(
    String callId,
    String submissionId,
    String candidateId,
    String withdrawnBy,
    @PersonalData(subject = "candidateId") String reason) {}
