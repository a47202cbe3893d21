package org.medsoc.events.meeting.api;

/** The meeting will not take place; declining is a normal answer, recorded without penalty. */
public record MeetingDeclined(String meetingId, String declinedBy, String reason) {}
