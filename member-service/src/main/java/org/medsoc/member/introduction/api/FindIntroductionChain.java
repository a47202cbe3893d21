package org.medsoc.member.introduction.api;

/**
 * Query: who introduced whom around a member: their introductions, and those of the people they
 * were introduced to or by.
 */
public record FindIntroductionChain(String memberId) {}
