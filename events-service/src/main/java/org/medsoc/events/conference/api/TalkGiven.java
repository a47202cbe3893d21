package org.medsoc.events.conference.api;

import java.time.LocalDate;

/** A speaker gave their talk; it goes on their professional record. */
public record TalkGiven(
    String conferenceId,
    String sessionId,
    String memberId,
    SessionKind kind,
    String title,
    String conferenceName,
    LocalDate on,
    String invitationId) {}
