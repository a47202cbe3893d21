package org.medsoc.member.member.api;

import java.util.List;
import org.medsoc.kernel.member.TrainingLevel;

/** A member's profile and memberships. */
public record MemberView(
    String memberId,
    MemberProfile profile,
    TrainingLevel trainingLevel,
    List<MembershipView> memberships) {}
