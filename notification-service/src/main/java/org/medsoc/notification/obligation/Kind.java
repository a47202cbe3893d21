package org.medsoc.notification.obligation;

/**
 * What a notification is about; each kind has its subject and text in the message bundle ({@code
 * mail.KIND.subject}, {@code mail.KIND.body}) and its place in the portal. An argument written
 * {@code member:ID} is shown as that member's name.
 */
public enum Kind {
  /** A nomination waits for the nominee's consent: never who nominated, never the statement. */
  NOMINATION_CONSENT,
  /** Someone asks the member to mentor them: never the ask itself, which stays in the portal. */
  MENTORSHIP_REQUESTED,
  /** The mentor accepted the member's request. */
  MENTORSHIP_ACCEPTED,
  /** The mentor declined the member's request (their word stays in the portal). */
  MENTORSHIP_DECLINED,
  /** A meeting the member asked for was held: the follow-up falls due (never its purpose). */
  MEETING_FOLLOW_UP,
  /** No reply to the member's follow-up after 7 business days: one polite nudge, once. */
  MEETING_NUDGE,
  /** Someone asks the member for a meeting at a conference (its purpose stays in the portal). */
  MEETING_REQUESTED,
  /** The person the member asked for a meeting accepted it. */
  MEETING_ACCEPTED,
  /** The other person declined the meeting (their reason stays in the portal). */
  MEETING_DECLINED,
  /** The person the member asked proposed another time. */
  MEETING_OTHER_TIME,
  /** The other person cancelled an accepted meeting. */
  MEETING_CANCELLED,
  /** The society received the member's application. */
  MEMBERSHIP_APPLIED,
  /** The application was approved: the member is a member. */
  MEMBERSHIP_APPROVED,
  /** The application was not approved (the reason is in the portal). */
  MEMBERSHIP_REJECTED,
  /** The paid period ends in 30 days. */
  RENEWAL_DUE,
  /** The paid period ended: the membership is in its grace period. */
  MEMBERSHIP_GRACE,
  /** The grace period ended without renewal. */
  MEMBERSHIP_LAPSED,
  /** A lapsed membership was reinstated. */
  MEMBERSHIP_REINSTATED;

  /** A process waits on the person's answer: they may have it in a digest, but not turn it off. */
  public boolean required() {
    return this == NOMINATION_CONSENT;
  }
}
