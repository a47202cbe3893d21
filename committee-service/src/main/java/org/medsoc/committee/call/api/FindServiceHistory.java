package org.medsoc.committee.call.api;

import java.util.Set;

/**
 * Query: A member's appointments and awards; {@code societyIds} limits them to some societies
 * (null: all).
 */
public record FindServiceHistory(String memberId, Set<String> societyIds) {}
