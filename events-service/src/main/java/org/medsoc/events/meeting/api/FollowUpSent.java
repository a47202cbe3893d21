package org.medsoc.events.meeting.api;

import java.time.LocalDate;

/** The follow-up message was sent; a reply is awaited. */
public record FollowUpSent(String meetingId, LocalDate sentOn) {}
