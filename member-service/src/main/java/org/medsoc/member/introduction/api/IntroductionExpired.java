package org.medsoc.member.introduction.api;

/** Nobody answered in time; the proposal lapsed. */
public record IntroductionExpired(String introductionId) {}
