package org.medsoc.member.introduction.api;

import java.time.Instant;
import org.medsoc.platform.personal.PersonalData;

/**
 * An introduction was proposed; it expires unanswered at expiresAt. requestId: the request it
 * answers (absent in events stored before requests existed).
 */
public record IntroductionProposed(
    String introductionId,
    String introducerId,
    String firstMemberId,
    String secondMemberId,
    @PersonalData(
            subject = "firstMemberId",
            alsoOf = {"secondMemberId", "introducerId"})
        String reason,
    @PersonalData(
            subject = "firstMemberId",
            alsoOf = {"secondMemberId", "introducerId"})
        String context,
    String sponsorshipId,
    Instant expiresAt,
    String requestId) {}
