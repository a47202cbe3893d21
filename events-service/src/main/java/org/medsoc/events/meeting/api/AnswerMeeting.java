package org.medsoc.events.meeting.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.medsoc.events.conference.api.Actor;

/** The invitee answers a request, or the requester answers another time proposed to them. */
public record AnswerMeeting(
    @TargetAggregateIdentifier String meetingId, Actor actor, boolean accept, String reason) {}
