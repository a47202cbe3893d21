package org.medsoc.events.conference.api;

import org.medsoc.platform.personal.PersonalData;

/** The invited member accepted or declined. */
public record InvitationAnswered(
    String conferenceId,
    String invitationId,
    String memberId,
    boolean accepted,
    @PersonalData(subject = "memberId") String reason) {}
