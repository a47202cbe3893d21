package org.medsoc.member.member.api;

/** The member resigned; they left all sections of the society with it. */
public record MembershipResigned(String memberId, String societyId, String reason) {}
