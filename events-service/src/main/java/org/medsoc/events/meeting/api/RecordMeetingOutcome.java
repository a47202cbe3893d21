package org.medsoc.events.meeting.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.medsoc.platform.acting.Actor;

/** After its time, either person records whether the meeting was held or missed. */
public record RecordMeetingOutcome(
    @TargetAggregateIdentifier String meetingId, Actor actor, boolean held) {}
