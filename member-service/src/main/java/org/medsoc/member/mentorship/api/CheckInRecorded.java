package org.medsoc.member.mentorship.api;

import java.time.LocalDate;

/** A check-in was held. */
public record CheckInRecorded(
    String mentorshipId,
    LocalDate heldOn,
    String agenda,
    String agreedNextSteps,
    String recordedBy) {}
