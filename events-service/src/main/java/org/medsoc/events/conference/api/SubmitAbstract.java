package org.medsoc.events.conference.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** A member submits an abstract for a poster. */
public record SubmitAbstract(
    @TargetAggregateIdentifier String conferenceId,
    String abstractId,
    String memberId,
    String title,
    String authors) {}
