package org.medsoc.events.conference.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Staff accept or reject an abstract, with a reason. */
public record DecideAbstract(
    @TargetAggregateIdentifier String conferenceId,
    String abstractId,
    boolean accept,
    String reason) {}
