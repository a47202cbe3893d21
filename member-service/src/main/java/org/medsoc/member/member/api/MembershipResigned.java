package org.medsoc.member.member.api;

import org.medsoc.platform.personal.PersonalData;

/** The member resigned; they left all sections of the society with it. */
public record MembershipResigned(
    String memberId, String societyId, @PersonalData(subject = "memberId") String reason) {}
