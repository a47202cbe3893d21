package org.medsoc.member.introduction.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.medsoc.platform.acting.Actor;

/**
 * An introducer proposes that two members meet, with the reason and where it comes from (e.g. a
 * conference session); sponsorshipId when a sponsor introduces a protégé; requestId when it answers
 * a member's request for this introduction.
 */
public record ProposeIntroduction(
    @TargetAggregateIdentifier String introductionId,
    Actor actor,
    String introducerId,
    String firstMemberId,
    String secondMemberId,
    String reason,
    String context,
    String sponsorshipId,
    String requestId) {}
