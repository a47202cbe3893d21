package org.medsoc.member.sponsorship.api;

/** The sponsor recommended the protégé for a role. */
public record ProtegeRecommended(
    String sponsorshipId,
    String actionId,
    String sponsorId,
    String protegeId,
    RoleKind roleKind,
    String target,
    String note) {}
