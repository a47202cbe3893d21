package org.medsoc.member.introduction.api;

import org.medsoc.platform.personal.PersonalData;

/** The colleague asked declined to make the introduction. */
public record IntroductionRequestDeclined(
    String requestId,
    String askerId,
    String introducerId,
    @PersonalData(subject = "introducerId", alsoOf = "askerId") String reason) {}
