package org.medsoc.member.introduction.api;

/** Both sides accepted: the two members are connected. */
public record IntroductionConnected(String introductionId) {}
