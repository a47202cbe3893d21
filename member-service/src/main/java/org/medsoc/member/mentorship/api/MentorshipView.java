package org.medsoc.member.mentorship.api;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A mentorship as its two members and staff see it.
 *
 * @param nextCheckInDue while active, three months after the last check-in (or the acceptance)
 * @param suggestionId the speed-mentoring suggestion the request followed, if any
 */
public record MentorshipView(
    String mentorshipId,
    String menteeId,
    String mentorId,
    MentorshipType type,
    String ask,
    String firstStep,
    MentorshipStatus status,
    Instant requestedAt,
    int checkIns,
    LocalDate lastCheckInOn,
    String lastAgreedNextSteps,
    String endReason,
    String declineReason,
    LocalDate acceptedOn,
    LocalDate nextCheckInDue,
    String suggestionId) {

  /** Check-ins are quarterly unless the two agree otherwise. */
  public static final int CHECK_IN_EVERY_MONTHS = 3;
}
