package org.medsoc.events.meeting.api;

/** The meeting did not happen. */
public record MeetingMissed(String meetingId, String recordedBy) {}
