package org.medsoc.member.mentorship.api;

import java.time.LocalDate;
import org.medsoc.platform.personal.PersonalData;

/** A check-in was held. */
public record CheckInRecorded(
    String mentorshipId,
    LocalDate heldOn,
    @PersonalData(subject = "recordedBy") String agenda,
    @PersonalData(subject = "recordedBy") String agreedNextSteps,
    String recordedBy) {}
