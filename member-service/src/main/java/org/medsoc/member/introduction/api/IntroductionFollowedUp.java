package org.medsoc.member.introduction.api;

/** The meeting was followed up. */
public record IntroductionFollowedUp(String introductionId, String note, String recordedBy) {}
