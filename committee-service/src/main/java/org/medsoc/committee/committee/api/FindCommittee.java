package org.medsoc.committee.committee.api;

/** Query: a committee with its seat plan. */
public record FindCommittee(String committeeId) {}
