package org.medsoc.events.meeting.api;

import org.medsoc.platform.personal.PersonalData;

/** The meeting will not take place; declining is a normal answer, recorded without penalty. */
public record MeetingDeclined(
    String meetingId, String declinedBy, @PersonalData(subject = "declinedBy") String reason) {}
