package org.medsoc.events.conference.api;

/** The invited member accepted or declined. */
public record InvitationAnswered(
    String conferenceId, String invitationId, String memberId, boolean accepted, String reason) {}
