package org.medsoc.events.meeting.api;

import java.time.LocalDate;

/** The recipient replied: the follow-up is closed. */
public record FollowUpReplied(String meetingId, LocalDate repliedOn) {}
