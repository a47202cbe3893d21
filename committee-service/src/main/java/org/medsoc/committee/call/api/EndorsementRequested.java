package org.medsoc.committee.call.api;

/** An applicant asked someone to endorse their application; the endorsement is theirs to give. */
public record EndorsementRequested(
    String callId,
    String applicationId,
    String applicantId,
    String endorserId,
    EndorserRelation relation) {}
