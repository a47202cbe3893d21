package org.medsoc.committee.call.api;

/** The nominee consented to be considered. */
public record NominationAccepted(String callId, String nominationId, String nomineeId) {}
