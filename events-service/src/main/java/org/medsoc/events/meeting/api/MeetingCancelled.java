package org.medsoc.events.meeting.api;

/** An accepted meeting was cancelled: both people are free again. */
public record MeetingCancelled(String meetingId, String cancelledBy, String reason) {}
