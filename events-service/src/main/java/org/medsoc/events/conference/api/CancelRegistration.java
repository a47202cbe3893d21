package org.medsoc.events.conference.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** The registrant or staff cancel a registration (placed or waiting). */
public record CancelRegistration(
    @TargetAggregateIdentifier String conferenceId, String registrationId, Actor actor) {}
