package org.medsoc.member.introduction.api;

import java.time.Instant;
import java.time.LocalDate;

/** An introduction as its parties and staff see it. */
public record IntroductionView(
    String introductionId,
    String introducerId,
    String firstMemberId,
    String secondMemberId,
    String reason,
    String context,
    String sponsorshipId,
    IntroductionStatus status,
    Boolean firstAccepted,
    Boolean secondAccepted,
    Instant proposedAt,
    Instant expiresAt,
    LocalDate meetingHeldOn,
    boolean followedUp) {}
