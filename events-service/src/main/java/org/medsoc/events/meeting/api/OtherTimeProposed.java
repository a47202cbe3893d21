package org.medsoc.events.meeting.api;

import java.time.Instant;
import java.time.LocalDateTime;

/** Another time was proposed; the requester answers. */
public record OtherTimeProposed(
    String meetingId, LocalDateTime start, Instant startsAt, Instant endsAt) {}
