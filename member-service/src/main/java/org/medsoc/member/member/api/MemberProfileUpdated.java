package org.medsoc.member.member.api;

import org.medsoc.platform.personal.PersonalData;

/** A member's profile changed. */
public record MemberProfileUpdated(
    String memberId, @PersonalData(subject = "memberId") MemberProfile profile) {}
