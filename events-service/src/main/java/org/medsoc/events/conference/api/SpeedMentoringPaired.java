package org.medsoc.events.conference.api;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * The session's pairs; each is offered to member-service as a possible mentorship and owes a
 * follow-up after the conference.
 */
public record SpeedMentoringPaired(
    String conferenceId,
    String sessionId,
    List<MentoringPair> pairs,
    Instant startsAt,
    Instant endsAt,
    LocalDate conferenceEnds,
    String timeZone) {}
