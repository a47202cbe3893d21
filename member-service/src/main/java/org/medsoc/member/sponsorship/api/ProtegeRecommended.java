package org.medsoc.member.sponsorship.api;

import org.medsoc.platform.personal.PersonalData;

/** The sponsor recommended the protégé for a role. */
public record ProtegeRecommended(
    String sponsorshipId,
    String actionId,
    String sponsorId,
    String protegeId,
    RoleKind roleKind,
    String target,
    @PersonalData(subject = "protegeId") String note) {}
