package org.medsoc.events.conference.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Staff invite a member to speak, or a selected talk or panel nomination from committee-service
 * does (then the invitation id is the nomination id).
 */
public record InviteSpeaker(
    @TargetAggregateIdentifier String conferenceId,
    String invitationId,
    String memberId,
    String topic,
    String sessionId,
    String nominationId) {}
