package org.medsoc.member.introduction.api;

/** Query: the introductions a member made, newest first. */
public record FindIntroductionsMadeBy(String memberId) {}
