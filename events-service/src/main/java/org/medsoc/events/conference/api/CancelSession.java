package org.medsoc.events.conference.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Staff cancel a session, with the reason its attendees and speakers are told. */
public record CancelSession(
    @TargetAggregateIdentifier String conferenceId, String sessionId, String reason) {}
