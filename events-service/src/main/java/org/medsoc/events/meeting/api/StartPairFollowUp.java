package org.medsoc.events.meeting.api;

import java.time.Instant;
import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** A speed-mentoring pair met: the trainee owes the mentor a follow-up, like after a meeting. */
public record StartPairFollowUp(
    @TargetAggregateIdentifier String meetingId,
    String pairId,
    String conferenceId,
    String traineeId,
    String mentorId,
    Instant startsAt,
    Instant endsAt,
    LocalDate conferenceEnds,
    String timeZone) {}
