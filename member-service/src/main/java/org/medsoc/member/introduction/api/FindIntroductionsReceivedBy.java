package org.medsoc.member.introduction.api;

/** Query: the introductions in which a member was one of the two sides, newest first. */
public record FindIntroductionsReceivedBy(String memberId) {}
