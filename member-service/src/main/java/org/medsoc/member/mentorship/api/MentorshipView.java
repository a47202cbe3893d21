package org.medsoc.member.mentorship.api;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A mentorship as its two members see it; staff read it {@link #asAnOutsiderReadsIt() without the
 * people's words}.
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

  /**
   * As someone who is neither mentee nor mentor reads it (staff of their societies): the facts of
   * the mentorship, never the two people's own words (the ask, the first step, the next steps
   * agreed, why it was declined or ended).
   */
  public MentorshipView asAnOutsiderReadsIt() {
    return new MentorshipView(
        mentorshipId,
        menteeId,
        mentorId,
        type,
        null,
        null,
        status,
        requestedAt,
        checkIns,
        lastCheckInOn,
        null,
        null,
        null,
        acceptedOn,
        nextCheckInDue,
        suggestionId);
  }

  /** As this reader may read it: in full for its two people, without their words for others. */
  public MentorshipView asReadBy(String readerMemberId) {
    boolean party =
        readerMemberId != null
            && (readerMemberId.equals(menteeId) || readerMemberId.equals(mentorId));
    return party ? this : asAnOutsiderReadsIt();
  }
}
