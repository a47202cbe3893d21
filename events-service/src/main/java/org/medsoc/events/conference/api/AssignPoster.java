package org.medsoc.events.conference.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Staff give an accepted abstract a board in a poster session. */
public record AssignPoster(
    @TargetAggregateIdentifier String conferenceId,
    String abstractId,
    String sessionId,
    int boardNumber) {}
