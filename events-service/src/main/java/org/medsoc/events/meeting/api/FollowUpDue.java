package org.medsoc.events.meeting.api;

import java.time.LocalDate;

/**
 * After a held meeting, the requester owes a follow-up message to the invitee between these days (3
 * to 7 days after the conference ends).
 */
public record FollowUpDue(
    String meetingId, String followerId, String recipientId, LocalDate dueFrom, LocalDate dueBy) {}
