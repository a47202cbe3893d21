package org.medsoc.member.member.api;

import org.medsoc.kernel.member.TrainingLevel;

/** A member was registered. */
public record MemberRegistered(
    String memberId, MemberProfile profile, TrainingLevel trainingLevel, String accountSubject) {}
