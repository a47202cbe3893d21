package org.medsoc.member.introduction.api;

import java.time.Instant;

/**
 * An introduction was proposed; it expires unanswered at expiresAt. requestId: the request it
 * answers (absent in events stored before requests existed).
 */
public record IntroductionProposed(
    String introductionId,
    String introducerId,
    String firstMemberId,
    String secondMemberId,
    String reason,
    String context,
    String sponsorshipId,
    Instant expiresAt,
    String requestId) {}
