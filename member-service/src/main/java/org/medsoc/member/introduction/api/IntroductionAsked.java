package org.medsoc.member.introduction.api;

/** A member asked a colleague for an introduction to a third member. */
public record IntroductionAsked(
    String requestId, String askerId, String introducerId, String targetId, String reason) {}
