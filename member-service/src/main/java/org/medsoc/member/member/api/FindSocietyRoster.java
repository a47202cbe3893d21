package org.medsoc.member.member.api;

import org.medsoc.kernel.member.MembershipCategory;
import org.medsoc.kernel.member.MembershipStatus;
import org.medsoc.kernel.member.TrainingLevel;

/**
 * Query: the members of a society, filtered by any of status, category, section and training level;
 * paged.
 */
public record FindSocietyRoster(
    String societyId,
    MembershipStatus status,
    MembershipCategory category,
    String sectionId,
    TrainingLevel trainingLevel,
    int page,
    int size) {}
