package org.medsoc.member.introduction.api;

/** One side accepted. */
public record IntroductionAccepted(String introductionId, String memberId) {}
