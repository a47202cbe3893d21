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
  MEETING_FOLLOW_UP;

  /** A process waits on the person's answer: they may have it in a digest, but not turn it off. */
  public boolean required() {
    return this == NOMINATION_CONSENT;
  }
}
