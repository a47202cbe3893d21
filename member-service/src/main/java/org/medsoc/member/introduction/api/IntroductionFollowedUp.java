package org.medsoc.member.introduction.api;

import org.medsoc.platform.personal.PersonalData;

/** The meeting was followed up. */
public record IntroductionFollowedUp(
    String introductionId, @PersonalData(subject = "recordedBy") String note, String recordedBy) {}
