package org.medsoc.events.conference.api;

import java.time.LocalDateTime;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Staff edit or move a session of the programme: its title, its time (in the conference's local
 * time) and its room. Places, speakers and its kind stay.
 */
public record ChangeSession(
    @TargetAggregateIdentifier String conferenceId,
    String sessionId,
    String title,
    LocalDateTime start,
    LocalDateTime end,
    String room) {}
