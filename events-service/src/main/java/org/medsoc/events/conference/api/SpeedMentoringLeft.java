package org.medsoc.events.conference.api;

/** A member gave up their speed-mentoring place before the pairing (their registration ended). */
public record SpeedMentoringLeft(String conferenceId, String sessionId, String memberId) {}
