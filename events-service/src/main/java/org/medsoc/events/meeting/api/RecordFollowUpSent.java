package org.medsoc.events.meeting.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.medsoc.platform.acting.Actor;

/** The follower records that they sent their follow-up message. */
public record RecordFollowUpSent(@TargetAggregateIdentifier String meetingId, Actor actor) {}
