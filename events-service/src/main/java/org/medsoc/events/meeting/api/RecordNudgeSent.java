package org.medsoc.events.meeting.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.medsoc.platform.acting.Actor;

/** The follower records that they sent the one polite nudge. */
public record RecordNudgeSent(@TargetAggregateIdentifier String meetingId, Actor actor) {}
