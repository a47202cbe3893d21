package org.medsoc.member.member.api;

import java.util.List;

/** A page of a society roster. */
public record RosterPage(List<RosterEntry> items, int page, int size, long totalItems) {}
