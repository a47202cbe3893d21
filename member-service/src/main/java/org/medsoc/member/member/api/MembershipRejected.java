package org.medsoc.member.member.api;

/** An application was rejected. */
public record MembershipRejected(String memberId, String societyId, String reason) {}
