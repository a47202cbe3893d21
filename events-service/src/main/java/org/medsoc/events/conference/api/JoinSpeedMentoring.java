package org.medsoc.events.conference.api;

import java.util.Set;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.medsoc.platform.acting.Actor;

/** A registered attendee takes a trainee or mentor place at a speed-mentoring session. */
public record JoinSpeedMentoring(
    @TargetAggregateIdentifier String conferenceId,
    String sessionId,
    String memberId,
    MentoringRole role,
    Set<String> interests,
    Actor actor) {}
