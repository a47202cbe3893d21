package org.medsoc.member.sponsorship.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.medsoc.platform.acting.Actor;

/**
 * A senior member declares they sponsor a protégé, with goals; mentorshipId when a mentor becomes
 * the sponsor.
 */
public record DeclareSponsorship(
    @TargetAggregateIdentifier String sponsorshipId,
    Actor actor,
    String sponsorId,
    String protegeId,
    String goals,
    String mentorshipId) {}
