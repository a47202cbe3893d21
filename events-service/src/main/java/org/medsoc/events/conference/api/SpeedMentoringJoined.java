package org.medsoc.events.conference.api;

import java.util.Set;

/** A member took a place at a speed-mentoring session, with their interests. */
public record SpeedMentoringJoined(
    String conferenceId,
    String sessionId,
    String memberId,
    MentoringRole role,
    Set<String> interests) {}
