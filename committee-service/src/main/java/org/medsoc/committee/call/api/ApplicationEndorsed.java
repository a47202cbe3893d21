package org.medsoc.committee.call.api;

import org.medsoc.platform.personal.PersonalData;

/** An application was endorsed. */
public record ApplicationEndorsed(
    String callId,
    String applicationId,
    String applicantId,
    String endorserId,
    EndorserRelation relation,
    @PersonalData(subject = "applicantId") String endorsement) {}
