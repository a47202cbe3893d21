package org.medsoc.committee.call.api;

/** An application or nomination was shortlisted. */
public record Shortlisted(String callId, String submissionId, String candidateId) {}
