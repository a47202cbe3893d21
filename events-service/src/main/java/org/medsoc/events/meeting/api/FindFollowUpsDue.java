package org.medsoc.events.meeting.api;

import java.time.LocalDate;

/** Query: the follow-ups and nudges a member owes on a day. */
public record FindFollowUpsDue(String memberId, LocalDate day) {}
