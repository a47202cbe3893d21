package org.medsoc.member.introduction.api;

/** One side declined; the introduction ends there, without penalty to anyone. */
public record IntroductionDeclined(String introductionId, String memberId, String reason) {}
