package org.medsoc.events.meeting.api;

import java.time.LocalDateTime;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.medsoc.platform.acting.Actor;

/** The invitee proposes another time instead. */
public record ProposeOtherTime(
    @TargetAggregateIdentifier String meetingId, Actor actor, LocalDateTime start) {}
