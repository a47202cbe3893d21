package org.medsoc.events.meeting.api;

import org.medsoc.platform.personal.PersonalData;

/** An accepted meeting was cancelled: both people are free again. */
public record MeetingCancelled(
    String meetingId, String cancelledBy, @PersonalData(subject = "cancelledBy") String reason) {}
