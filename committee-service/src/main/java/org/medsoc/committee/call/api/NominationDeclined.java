package org.medsoc.committee.call.api;

/** The nominee declined to be considered. */
public record NominationDeclined(
    String callId, String nominationId, String nomineeId, String reason) {}
