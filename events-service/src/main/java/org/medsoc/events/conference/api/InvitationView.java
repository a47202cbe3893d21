package org.medsoc.events.conference.api;

/** An invitation to speak and where it stands. */
public record InvitationView(
    String invitationId,
    String conferenceId,
    String memberId,
    String topic,
    String sessionId,
    String nominationId,
    String status,
    String reason) {}
