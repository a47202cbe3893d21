package org.medsoc.committee.call.api;

/** An application was endorsed. */
public record ApplicationEndorsed(
    String callId,
    String applicationId,
    String applicantId,
    String endorserId,
    EndorserRelation relation,
    String endorsement) {}
