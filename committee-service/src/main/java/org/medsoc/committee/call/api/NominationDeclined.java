package org.medsoc.committee.call.api;

import org.medsoc.platform.personal.PersonalData;

/** The nominee declined to be considered. */
public record NominationDeclined(
    String callId,
    String nominationId,
    String nomineeId,
    @PersonalData(subject = "nomineeId") String reason) {}
