package org.medsoc.events.meeting.command;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;

/** What meeting rules need to know of the conference and of people's time there. */
public interface MeetingCalendar {

  /** A conference's days and time zone. */
  record ConferenceWindow(LocalDate startDate, LocalDate endDate, String timeZone) {}

  Optional<ConferenceWindow> conference(String conferenceId);

  /** Whether the member holds a place at the conference (not waitlisted, not cancelled). */
  boolean isAttending(String conferenceId, String memberId);

  /**
   * Every meeting the member asked for or was asked to at the conference, whatever became of it.
   */
  java.util.List<String> meetingsOf(String conferenceId, String memberId);

  /**
   * Serializes booking decisions about these members until the transaction ends, so two requests
   * cannot both take the same person's time.
   */
  void hold(String... memberIds);

  /**
   * What already takes the member's time then: an accepted meeting (other than this one) or a
   * session they speak at; empty when free.
   */
  Optional<String> clash(
      String conferenceId, String memberId, Instant start, Instant end, String meetingId);
}
