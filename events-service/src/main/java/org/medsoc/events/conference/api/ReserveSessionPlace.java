package org.medsoc.events.conference.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.medsoc.platform.acting.Actor;

/** A registered attendee takes a place in a limited session (or waits for one). */
public record ReserveSessionPlace(
    @TargetAggregateIdentifier String conferenceId,
    String sessionId,
    String memberId,
    Actor actor) {}
