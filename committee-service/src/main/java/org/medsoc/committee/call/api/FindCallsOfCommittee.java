package org.medsoc.committee.call.api;

/** Query: A committee's calls, newest first. */
public record FindCallsOfCommittee(String committeeId) {}
