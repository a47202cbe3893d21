package org.medsoc.events.conference.api;

import java.util.Set;

/** A trainee and a mentor paired, with the interests they share. */
public record MentoringPair(
    String pairId, String traineeId, String mentorId, Set<String> sharedInterests) {}
