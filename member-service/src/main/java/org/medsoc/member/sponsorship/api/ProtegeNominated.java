package org.medsoc.member.sponsorship.api;

/** The sponsor nominated the protégé through a committee-service call. */
public record ProtegeNominated(
    String sponsorshipId,
    String nominationId,
    String sponsorId,
    String protegeId,
    RoleKind roleKind,
    String target) {}
