package org.medsoc.member.member.api;

/** Query: a member's profile and memberships. */
public record FindMember(String memberId) {}
