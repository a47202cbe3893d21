package org.medsoc.events.conference.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Staff check a registered attendee in at the venue. */
public record CheckIn(@TargetAggregateIdentifier String conferenceId, String registrationId) {}
