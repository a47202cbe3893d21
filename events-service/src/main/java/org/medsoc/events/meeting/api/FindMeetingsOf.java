package org.medsoc.events.meeting.api;

/** Query: the meeting requests a member made or received, newest first. */
public record FindMeetingsOf(String memberId) {}
