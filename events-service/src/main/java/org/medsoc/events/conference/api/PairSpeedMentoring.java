package org.medsoc.events.conference.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Staff pair the trainees and mentors of a speed-mentoring session by shared interests. */
public record PairSpeedMentoring(
    @TargetAggregateIdentifier String conferenceId, String sessionId) {}
