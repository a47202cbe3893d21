package org.medsoc.member.introduction.api;

/** The colleague asked declined to make the introduction. */
public record IntroductionRequestDeclined(
    String requestId, String askerId, String introducerId, String reason) {}
