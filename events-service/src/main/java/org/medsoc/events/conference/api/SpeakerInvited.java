package org.medsoc.events.conference.api;

/** A member was invited to speak. */
public record SpeakerInvited(
    String conferenceId,
    String invitationId,
    String memberId,
    String topic,
    String sessionId,
    String nominationId) {}
