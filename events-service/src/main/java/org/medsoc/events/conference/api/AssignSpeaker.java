package org.medsoc.events.conference.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Staff put a speaker who accepted into a session. */
public record AssignSpeaker(
    @TargetAggregateIdentifier String conferenceId, String sessionId, String invitationId) {}
