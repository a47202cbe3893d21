package org.medsoc.member.introduction.api;

import org.medsoc.platform.personal.PersonalData;

/** One side declined; the introduction ends there, without penalty to anyone. */
public record IntroductionDeclined(
    String introductionId, String memberId, @PersonalData(subject = "memberId") String reason) {}
