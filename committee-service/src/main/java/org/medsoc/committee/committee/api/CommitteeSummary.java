package org.medsoc.committee.committee.api;

/** A committee in its society's list: its seat plan, and how many seats are held today. */
public record CommitteeSummary(CommitteeView committee, int seatsHeld) {}
