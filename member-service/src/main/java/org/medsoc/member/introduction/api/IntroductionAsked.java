package org.medsoc.member.introduction.api;

import org.medsoc.platform.personal.PersonalData;

/** A member asked a colleague for an introduction to a third member. */
public record IntroductionAsked(
    String requestId,
    String askerId,
    String introducerId,
    String targetId,
    @PersonalData(subject = "askerId") String reason) {}
