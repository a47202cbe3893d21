package org.medsoc.events.meeting.api;

import java.time.LocalDate;

/** The nudge was sent. */
public record NudgeSent(String meetingId, LocalDate sentOn) {}
