package org.medsoc.events.meeting.api;

import java.time.LocalDate;

/** No reply after 7 business days: one polite nudge is due, until 10 business days. */
public record NudgeDue(String meetingId, LocalDate dueFrom, LocalDate dueBy) {}
