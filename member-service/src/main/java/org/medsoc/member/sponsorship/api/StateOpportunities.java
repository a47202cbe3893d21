package org.medsoc.member.sponsorship.api;

import java.util.List;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.medsoc.platform.acting.Actor;

/**
 * The protégé tells the sponsor what they hope to be considered for (a committee, a panel, a
 * fellowship): the whole list, stated anew each time.
 */
public record StateOpportunities(
    @TargetAggregateIdentifier String sponsorshipId, Actor actor, List<String> opportunities) {}
