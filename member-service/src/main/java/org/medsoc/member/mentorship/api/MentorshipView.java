package org.medsoc.member.mentorship.api;

import java.time.Instant;
import java.time.LocalDate;

/** A mentorship as its two members and staff see it. */
public record MentorshipView(
    String mentorshipId,
    String menteeId,
    String mentorId,
    MentorshipType type,
    String ask,
    String firstStep,
    MentorshipStatus status,
    Instant requestedAt,
    int checkIns,
    LocalDate lastCheckInOn,
    String lastAgreedNextSteps,
    String endReason) {}
