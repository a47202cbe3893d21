package org.medsoc.notification.obligation;

import org.medsoc.notification.preference.Choice;

/**
 * What a notification is about; each kind has its subject and text in the message bundle ({@code
 * mail.KIND.subject}, {@code mail.KIND.body}), its name ({@code kind.KIND}) and its place in the
 * portal. An argument written {@code member:ID} is shown as that member's name, {@code
 * conference:ID} as the conference's, {@code role:SEAT} in the bundle's words.
 */
public enum Kind {
  /** The society received the member's application. */
  MEMBERSHIP_APPLIED(Area.MEMBERSHIP),
  /** The application was approved: the member is a member. */
  MEMBERSHIP_APPROVED(Area.MEMBERSHIP),
  /** The application was not approved (the reason is in the portal). */
  MEMBERSHIP_REJECTED(Area.MEMBERSHIP),
  /** The paid period ends in 30 days. */
  RENEWAL_DUE(Area.MEMBERSHIP),
  /** The paid period ended: the membership is in its grace period. */
  MEMBERSHIP_GRACE(Area.MEMBERSHIP),
  /** The grace period ended without renewal. */
  MEMBERSHIP_LAPSED(Area.MEMBERSHIP),
  /** A lapsed membership was reinstated. */
  MEMBERSHIP_REINSTATED(Area.MEMBERSHIP),

  /** A nomination waits for the nominee's consent: never who nominated, never the statement. */
  NOMINATION_CONSENT(Area.COMMITTEES),
  /** The nominee was selected (the reason is in the portal). */
  NOMINATION_SELECTED(Area.COMMITTEES),
  /** The nominee was not selected (the reason is in the portal). */
  NOMINATION_NOT_SELECTED(Area.COMMITTEES),
  /** The member was appointed to a committee seat, or the term renewed. */
  APPOINTMENT_MADE(Area.COMMITTEES),
  /** The member's term on a committee ends in 60 days. */
  TERM_ENDING(Area.COMMITTEES),
  /** A call the member may answer opened: weekly in a digest unless they choose otherwise. */
  CALL_OPENED(Area.COMMITTEES),
  /** An applicant asks the member to endorse their application (never the statement). */
  ENDORSEMENT_REQUESTED(Area.COMMITTEES),

  /** Someone asks the member to mentor them: never the ask itself, which stays in the portal. */
  MENTORSHIP_REQUESTED(Area.NETWORKING),
  /** The mentor accepted the member's request. */
  MENTORSHIP_ACCEPTED(Area.NETWORKING),
  /** The mentor declined the member's request (their word stays in the portal). */
  MENTORSHIP_DECLINED(Area.NETWORKING),
  /** A quarter since the last check-in (or the start): the next one is due, to both. */
  MENTORSHIP_CHECK_IN_DUE(Area.NETWORKING),
  /** A colleague introduces the member to someone (the reason is in the portal). */
  INTRODUCTION_PROPOSED(Area.NETWORKING),
  /** An introduction the member has not answered expires in two days. */
  INTRODUCTION_EXPIRING(Area.NETWORKING),
  /** Both sides accepted: they are connected. */
  INTRODUCTION_CONNECTED(Area.NETWORKING),
  /** Both sides of the member's introduction accepted. */
  INTRODUCTION_CONNECTED_BY_YOU(Area.NETWORKING),
  /** A protégé asks the member, their sponsor, for a letter. */
  LETTER_REQUESTED(Area.NETWORKING),
  /** A letter the member was asked for is due in 14 days. */
  LETTER_DEADLINE_14_DAYS(Area.NETWORKING),
  /** A letter the member was asked for is due in 3 days. */
  LETTER_DEADLINE_3_DAYS(Area.NETWORKING),
  /** The sponsor submitted the letter the member asked for: never its text. */
  LETTER_SUBMITTED(Area.NETWORKING),
  /** The member's sponsor recommended them. */
  SPONSOR_RECOMMENDED(Area.NETWORKING),
  /** The member's sponsor nominated them, and chose to say so. */
  SPONSOR_NOMINATED(Area.NETWORKING),
  /** Time to touch base with a key mentor or sponsor in the member's log (never who). */
  TOUCH_BASE_DUE(Area.NETWORKING),

  /** The member's registration for a conference is confirmed. */
  REGISTRATION_CONFIRMED(Area.CONFERENCES),
  /** The conference is full: the member is on the waiting list. */
  REGISTRATION_WAITLISTED(Area.CONFERENCES),
  /** A place came free: the member moved from the waiting list to registered. */
  REGISTRATION_PROMOTED(Area.CONFERENCES),
  /** The member is invited to speak at a conference. */
  SPEAKER_INVITED(Area.CONFERENCES),
  /** The member's abstract was accepted (the reason is in the portal). */
  ABSTRACT_ACCEPTED(Area.CONFERENCES),
  /** The member's abstract was not accepted (the reason is in the portal). */
  ABSTRACT_REJECTED(Area.CONFERENCES),
  /** Someone asks the member for a meeting at a conference (its purpose stays in the portal). */
  MEETING_REQUESTED(Area.CONFERENCES),
  /** The person the member asked for a meeting accepted it. */
  MEETING_ACCEPTED(Area.CONFERENCES),
  /** The other person declined the meeting (their reason stays in the portal). */
  MEETING_DECLINED(Area.CONFERENCES),
  /** The person the member asked proposed another time. */
  MEETING_OTHER_TIME(Area.CONFERENCES),
  /** The other person cancelled an accepted meeting. */
  MEETING_CANCELLED(Area.CONFERENCES),
  /** A meeting the member asked for was held: the follow-up falls due (never its purpose). */
  MEETING_FOLLOW_UP(Area.CONFERENCES),
  /** No reply to the member's follow-up after 7 business days: one polite nudge, once. */
  MEETING_NUDGE(Area.CONFERENCES);

  /** Where in a member's life a kind belongs: the portal groups the choices so. */
  public enum Area {
    MEMBERSHIP,
    COMMITTEES,
    NETWORKING,
    CONFERENCES
  }

  private final Area area;

  Kind(Area area) {
    this.area = area;
  }

  public Area area() {
    return area;
  }

  /**
   * How a member has this kind until they choose: calls come in a weekly digest, all else at once.
   */
  public Choice defaultChoice() {
    return this == CALL_OPENED ? Choice.WEEKLY : Choice.IMMEDIATELY;
  }

  /** A process waits on the person's answer: they may have it in a digest, but not turn it off. */
  public boolean required() {
    return this == NOMINATION_CONSENT;
  }
}
