package org.medsoc.events.conference.api;

import java.time.LocalDateTime;
import java.util.Set;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Staff add a session to the programme, in the conference's local time; a limited session has a
 * capacity.
 */
public record AddSession(
    @TargetAggregateIdentifier String conferenceId,
    String sessionId,
    SessionKind kind,
    String title,
    LocalDateTime start,
    LocalDateTime end,
    String room,
    Integer capacity,
    Set<String> speakerIds) {}
