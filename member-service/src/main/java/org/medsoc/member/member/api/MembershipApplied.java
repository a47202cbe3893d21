package org.medsoc.member.member.api;

import org.medsoc.kernel.member.MembershipCategory;
import org.medsoc.kernel.member.TrainingLevel;

/** A member applied to a society. */
public record MembershipApplied(
    String memberId, String societyId, MembershipCategory category, TrainingLevel trainingLevel) {}
