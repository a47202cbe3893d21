package org.medsoc.events.meeting.api;

import java.time.LocalDateTime;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * A registered attendee asks another for a short meeting during the conference, at a local time,
 * with a purpose.
 */
public record RequestMeeting(
    @TargetAggregateIdentifier String meetingId,
    String conferenceId,
    String requesterId,
    String inviteeId,
    LocalDateTime start,
    int minutes,
    String purpose) {}
