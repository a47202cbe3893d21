package org.medsoc.events.meeting.api;

import java.time.LocalDate;

/** The meeting was held. */
public record MeetingHeld(
    String meetingId,
    String conferenceId,
    String requesterId,
    String inviteeId,
    LocalDate heldOn) {}
