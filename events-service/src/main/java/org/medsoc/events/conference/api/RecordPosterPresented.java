package org.medsoc.events.conference.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Staff record that a poster was presented at its board. */
public record RecordPosterPresented(
    @TargetAggregateIdentifier String conferenceId, String abstractId) {}
