package org.medsoc.events.meeting.api;

/** The follow-up ended without a reply: not sent in time, or unanswered; let it go. */
public record FollowUpClosed(String meetingId, Reason reason) {

  public enum Reason {
    NOT_SENT,
    UNANSWERED
  }
}
