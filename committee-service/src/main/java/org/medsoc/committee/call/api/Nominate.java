package org.medsoc.committee.call.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.medsoc.committee.committee.api.SeatRole;
import org.medsoc.platform.acting.Actor;

/**
 * A member nominates another (or themself, where the call allows), with a confidential supporting
 * statement; a sponsor may name the sponsorship they act under.
 */
public record Nominate(
    @TargetAggregateIdentifier String callId,
    String nominationId,
    Actor nominator,
    String nomineeId,
    SeatRole role,
    String statement,
    String sponsorshipId) {}
