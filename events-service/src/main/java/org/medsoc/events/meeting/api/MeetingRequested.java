package org.medsoc.events.meeting.api;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import org.medsoc.platform.personal.PersonalData;

/** A meeting was asked for; the conference's last day and time zone drive its follow-up. */
public record MeetingRequested(
    String meetingId,
    String conferenceId,
    String requesterId,
    String inviteeId,
    LocalDateTime start,
    Instant startsAt,
    Instant endsAt,
    @PersonalData(subject = "requesterId") String purpose,
    LocalDate conferenceEnds,
    String timeZone) {}
