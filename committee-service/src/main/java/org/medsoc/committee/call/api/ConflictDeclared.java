package org.medsoc.committee.call.api;

/** A reviewer declared a conflict of interest with a candidate. */
public record ConflictDeclared(String callId, String reviewer, String candidateId, String reason) {}
