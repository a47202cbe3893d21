package org.medsoc.events.meeting.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.medsoc.platform.acting.Actor;

/** Either person cancels an accepted meeting before it starts. */
public record CancelMeeting(
    @TargetAggregateIdentifier String meetingId, Actor actor, String reason) {}
