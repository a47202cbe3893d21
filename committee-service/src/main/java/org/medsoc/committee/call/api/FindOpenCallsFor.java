package org.medsoc.committee.call.api;

import java.time.LocalDate;

/**
 * Query: The calls open on a day whose eligibility the member meets, as the eligibility view says.
 */
public record FindOpenCallsFor(String memberId, LocalDate day) {}
