package org.medsoc.events.meeting.command;

/** The payload of a follow-up deadline: which step of the follow-up it checks. */
public record FollowUpStep(String meetingId, Step step) {

  public enum Step {
    /** The window for sending the follow-up has passed. */
    SEND_WINDOW_ENDED,
    /** Seven business days passed since the follow-up without a reply. */
    NUDGE_DUE,
    /** The window for the nudge has passed without one. */
    NUDGE_WINDOW_ENDED,
    /** Ten business days passed since the nudge without a reply. */
    NUDGE_UNANSWERED
  }
}
