package org.medsoc.events.conference.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.medsoc.platform.acting.Actor;

/** The invited member accepts or declines. */
public record AnswerInvitation(
    @TargetAggregateIdentifier String conferenceId,
    String invitationId,
    Actor actor,
    boolean accept,
    String reason) {}
