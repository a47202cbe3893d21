package org.medsoc.events.conference.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.medsoc.platform.acting.Actor;

/** The registrant or staff cancel a registration (placed or waiting). */
public record CancelRegistration(
    @TargetAggregateIdentifier String conferenceId, String registrationId, Actor actor) {}
