package org.medsoc.member.introduction.api;

/** Query: one introduction. */
public record FindIntroduction(String introductionId) {}
