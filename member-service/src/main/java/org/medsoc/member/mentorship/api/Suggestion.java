package org.medsoc.member.mentorship.api;

import java.time.LocalDate;
import java.util.Set;

/** A mentor the trainee met at speed-mentoring, and the mentorship asked for since, if any. */
public record Suggestion(
    String pairId,
    String mentorId,
    Set<String> sharedInterests,
    String conferenceId,
    LocalDate metOn,
    String mentorshipId) {}
