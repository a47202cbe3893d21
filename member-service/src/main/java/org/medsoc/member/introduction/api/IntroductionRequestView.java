package org.medsoc.member.introduction.api;

import java.time.Instant;

/**
 * A request for an introduction as its asker and the colleague asked read it.
 *
 * @param introductionId the introduction proposed in answer, once it is
 */
public record IntroductionRequestView(
    String requestId,
    String askerId,
    String introducerId,
    String targetId,
    String reason,
    IntroductionRequestStatus status,
    String declineReason,
    String introductionId,
    Instant askedAt) {}
