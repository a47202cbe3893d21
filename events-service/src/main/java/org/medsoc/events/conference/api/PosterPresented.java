package org.medsoc.events.conference.api;

import java.time.LocalDate;

/** A poster was presented; it goes on the presenter's professional record. */
public record PosterPresented(
    String conferenceId,
    String abstractId,
    String memberId,
    String title,
    String conferenceName,
    LocalDate on) {}
