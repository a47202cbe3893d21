package org.medsoc.member.introduction.api;

/** The colleague asked proposed the introduction. */
public record IntroductionRequestTakenUp(String requestId, String introductionId) {}
