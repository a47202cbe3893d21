package org.medsoc.member.member.api;

/** A member's profile changed. */
public record MemberProfileUpdated(String memberId, MemberProfile profile) {}
