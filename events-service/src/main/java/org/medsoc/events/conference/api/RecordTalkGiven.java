package org.medsoc.events.conference.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Staff record that a speaker gave their talk (or took part in the panel). */
public record RecordTalkGiven(
    @TargetAggregateIdentifier String conferenceId, String sessionId, String memberId) {}
