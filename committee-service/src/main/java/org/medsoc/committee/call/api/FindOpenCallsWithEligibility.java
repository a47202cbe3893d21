package org.medsoc.committee.call.api;

import java.time.LocalDate;

/**
 * Query: the calls open on a day in the societies the member belongs to, each with the conditions
 * of its eligibility the member does not meet.
 */
public record FindOpenCallsWithEligibility(String memberId, LocalDate day) {}
