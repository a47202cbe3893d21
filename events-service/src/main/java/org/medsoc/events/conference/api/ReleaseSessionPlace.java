package org.medsoc.events.conference.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.medsoc.platform.acting.Actor;

/** An attendee gives up their place (or their wait) in a limited session. */
public record ReleaseSessionPlace(
    @TargetAggregateIdentifier String conferenceId,
    String sessionId,
    String memberId,
    Actor actor) {}
