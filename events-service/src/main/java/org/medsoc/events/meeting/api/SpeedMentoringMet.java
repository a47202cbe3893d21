package org.medsoc.events.meeting.api;

import java.time.Instant;
import java.time.LocalDate;

/** A trainee and a mentor met at speed-mentoring; it counts as a held meeting for the follow-up. */
public record SpeedMentoringMet(
    String meetingId,
    String pairId,
    String conferenceId,
    String traineeId,
    String mentorId,
    Instant startsAt,
    Instant endsAt,
    LocalDate heldOn,
    LocalDate conferenceEnds,
    String timeZone) {}
