package org.medsoc.events.meeting.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.medsoc.platform.acting.Actor;

/** The invitee answers a request, or the requester answers another time proposed to them. */
public record AnswerMeeting(
    @TargetAggregateIdentifier String meetingId, Actor actor, boolean accept, String reason) {}
