package org.medsoc.member.member.api;

/** Query: every step of a member's memberships, oldest first, each with who took it and when. */
public record FindMembershipHistory(String memberId) {}
