package org.medsoc.member.member.api;

import org.medsoc.platform.personal.PersonalData;

/** An application was rejected. */
public record MembershipRejected(
    String memberId, String societyId, @PersonalData(subject = "memberId") String reason) {}
