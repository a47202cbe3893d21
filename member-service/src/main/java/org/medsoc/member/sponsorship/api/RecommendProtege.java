package org.medsoc.member.sponsorship.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.medsoc.platform.acting.Actor;

/**
 * The sponsor recommends the protégé for a role (a fellowship, a job, a committee seat, a panel).
 */
public record RecommendProtege(
    @TargetAggregateIdentifier String sponsorshipId,
    String actionId,
    Actor actor,
    RoleKind roleKind,
    String target,
    String note) {}
