package org.medsoc.member.member.api;

import org.medsoc.kernel.member.TrainingLevel;
import org.medsoc.platform.personal.PersonalData;

/**
 * A member was registered: by their own login ({@code accountSubject}), or by staff of the society
 * the registration is for ({@code registeredFor}; null when the platform's own staff register
 * someone, and in events stored before it was recorded), whose staff may then act for them.
 */
public record MemberRegistered(
    String memberId,
    @PersonalData(subject = "memberId") MemberProfile profile,
    TrainingLevel trainingLevel,
    String accountSubject,
    String registeredFor) {}
