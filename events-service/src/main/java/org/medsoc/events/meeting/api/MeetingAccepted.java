package org.medsoc.events.meeting.api;

import java.time.Instant;

/** The meeting is on, at this time: both people are booked. */
public record MeetingAccepted(
    String meetingId,
    String conferenceId,
    String requesterId,
    String inviteeId,
    Instant startsAt,
    Instant endsAt) {}
