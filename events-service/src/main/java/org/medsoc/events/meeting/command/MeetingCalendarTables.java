package org.medsoc.events.meeting.command;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.medsoc.events.conference.api.Registered;
import org.medsoc.events.conference.api.RegistrationCancelled;
import org.medsoc.events.conference.api.RegistrationPromoted;
import org.medsoc.events.conference.api.SessionAdded;
import org.medsoc.events.conference.api.SpeakerAssigned;
import org.medsoc.events.conference.command.ConferenceRegistry;
import org.medsoc.events.meeting.api.MeetingAccepted;
import org.medsoc.events.meeting.api.MeetingCancelled;
import org.medsoc.events.meeting.api.MeetingRequested;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Who attends which conference and what takes their time there (accepted meetings, sessions they
 * speak at), written in the transaction of each event. Booking decisions take a transaction-scoped
 * advisory lock per person first, so two requests never both take the same person's time.
 */
@Component
@ProcessingGroup(MeetingCalendarTables.PROCESSING_GROUP)
class MeetingCalendarTables implements MeetingCalendar {

  static final String PROCESSING_GROUP = "meeting-calendar";

  private final JdbcTemplate jdbc;
  private final ConferenceRegistry conferences;

  MeetingCalendarTables(JdbcTemplate jdbc, ConferenceRegistry conferences) {
    this.jdbc = jdbc;
    this.conferences = conferences;
  }

  @EventHandler
  void on(Registered event) {
    attend(event.conferenceId(), event.memberId());
  }

  @EventHandler
  void on(RegistrationPromoted event) {
    attend(event.conferenceId(), event.memberId());
  }

  @EventHandler
  void on(RegistrationCancelled event) {
    jdbc.update(
        "DELETE FROM attendance WHERE conference_id = ? AND member_id = ?",
        event.conferenceId(),
        event.memberId());
  }

  @EventHandler
  void on(SessionAdded event) {
    jdbc.update(
        """
        INSERT INTO session_slot (session_id, conference_id, title, starts_at, ends_at)
        VALUES (?, ?, ?, ?, ?) ON CONFLICT DO NOTHING
        """,
        event.sessionId(),
        event.conferenceId(),
        event.title(),
        Timestamp.from(event.startsAt()),
        Timestamp.from(event.endsAt()));
    event.speakerIds().forEach(speaker -> speak(event.sessionId(), speaker));
  }

  @EventHandler
  void on(SpeakerAssigned event) {
    speak(event.sessionId(), event.memberId());
  }

  @EventHandler
  void on(MeetingRequested event) {
    for (String member : new String[] {event.requesterId(), event.inviteeId()}) {
      jdbc.update(
          "INSERT INTO meeting_party (meeting_id, conference_id, member_id) VALUES (?, ?, ?)"
              + " ON CONFLICT DO NOTHING",
          event.meetingId(),
          event.conferenceId(),
          member);
    }
  }

  @Override
  public List<String> meetingsOf(String conferenceId, String memberId) {
    return jdbc.queryForList(
        "SELECT meeting_id FROM meeting_party WHERE conference_id = ? AND member_id = ?",
        String.class,
        conferenceId,
        memberId);
  }

  @EventHandler
  void on(MeetingAccepted event) {
    for (String member : new String[] {event.requesterId(), event.inviteeId()}) {
      jdbc.update(
          """
          INSERT INTO meeting_slot (meeting_id, member_id, conference_id, starts_at, ends_at)
          VALUES (?, ?, ?, ?, ?) ON CONFLICT DO NOTHING
          """,
          event.meetingId(),
          member,
          event.conferenceId(),
          Timestamp.from(event.startsAt()),
          Timestamp.from(event.endsAt()));
    }
  }

  @EventHandler
  void on(MeetingCancelled event) {
    jdbc.update("DELETE FROM meeting_slot WHERE meeting_id = ?", event.meetingId());
  }

  private void attend(String conferenceId, String memberId) {
    jdbc.update(
        "INSERT INTO attendance (conference_id, member_id) VALUES (?, ?) ON CONFLICT DO NOTHING",
        conferenceId,
        memberId);
  }

  private void speak(String sessionId, String memberId) {
    jdbc.update(
        "INSERT INTO speaking_slot (session_id, member_id) VALUES (?, ?) ON CONFLICT DO NOTHING",
        sessionId,
        memberId);
  }

  @Override
  public Optional<ConferenceWindow> conference(String conferenceId) {
    return conferences
        .find(conferenceId)
        .map(c -> new ConferenceWindow(c.startDate(), c.endDate(), c.timeZone()));
  }

  @Override
  public boolean isAttending(String conferenceId, String memberId) {
    return Boolean.TRUE.equals(
        jdbc.queryForObject(
            "SELECT EXISTS (SELECT 1 FROM attendance WHERE conference_id = ? AND member_id = ?)",
            Boolean.class,
            conferenceId,
            memberId));
  }

  /** Locks in a fixed order, so two bookings of the same two people cannot deadlock. */
  @Override
  public void hold(String... memberIds) {
    Arrays.stream(memberIds)
        .sorted()
        .distinct()
        .forEach(
            member ->
                jdbc.queryForList(
                    "SELECT pg_advisory_xact_lock(hashtext('meeting-calendar:' || ?))", member));
  }

  @Override
  public Optional<String> clash(
      String conferenceId, String memberId, Instant start, Instant end, String meetingId) {
    Timestamp from = Timestamp.from(start);
    Timestamp to = Timestamp.from(end);
    return jdbc
        .queryForList(
            """
            SELECT 'another meeting' FROM meeting_slot
            WHERE member_id = ? AND conference_id = ? AND starts_at < ? AND ? < ends_at
              AND meeting_id IS DISTINCT FROM ?
            UNION ALL
            SELECT 'speaks in "' || s.title || '"' FROM speaking_slot k
            JOIN session_slot s ON s.session_id = k.session_id
            WHERE k.member_id = ? AND s.conference_id = ? AND s.starts_at < ? AND ? < s.ends_at
            """,
            String.class,
            memberId,
            conferenceId,
            to,
            from,
            meetingId,
            memberId,
            conferenceId,
            to,
            from)
        .stream()
        .findFirst();
  }
}
