package org.medsoc.committee.committee.api;

import java.time.LocalDate;

/** Query: who held which seat on a day. */
public record FindRoster(String committeeId, LocalDate asOf) {}
