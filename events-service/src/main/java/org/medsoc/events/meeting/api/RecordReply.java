package org.medsoc.events.meeting.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.medsoc.platform.acting.Actor;

/** The recipient records their reply to the follow-up. */
public record RecordReply(@TargetAggregateIdentifier String meetingId, Actor actor) {}
