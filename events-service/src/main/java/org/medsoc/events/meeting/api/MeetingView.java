package org.medsoc.events.meeting.api;

import java.time.LocalDate;
import java.time.LocalDateTime;

/** A meeting request as its two people see it, in the conference's local time. */
public record MeetingView(
    String meetingId,
    String conferenceId,
    String requesterId,
    String inviteeId,
    LocalDateTime start,
    LocalDateTime end,
    String purpose,
    String status,
    String followUp,
    LocalDate followUpDueBy) {}
