package org.medsoc.events.meeting.query;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.queryhandling.QueryHandler;
import org.medsoc.events.meeting.api.*;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** Meeting requests and their follow-ups, for the two people involved. */
@Component
@ProcessingGroup(MeetingDirectory.PROCESSING_GROUP)
public class MeetingDirectory {

  public static final String PROCESSING_GROUP = "meetings";

  private final JdbcTemplate jdbc;

  public MeetingDirectory(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  @EventHandler
  void on(MeetingRequested e, @org.axonframework.eventhandling.Timestamp Instant at) {
    jdbc.update(
        """
        INSERT INTO meeting_view (meeting_id, conference_id, requester_id, invitee_id, starts_at,
            ends_at, purpose, status, requested_at)
        VALUES (?, ?, ?, ?, ?, ?, ?, 'REQUESTED', ?) ON CONFLICT DO NOTHING
        """,
        e.meetingId(),
        e.conferenceId(),
        e.requesterId(),
        e.inviteeId(),
        Timestamp.from(e.startsAt()),
        Timestamp.from(e.endsAt()),
        e.purpose(),
        Timestamp.from(at));
  }

  @EventHandler
  void on(SpeedMentoringMet e, @org.axonframework.eventhandling.Timestamp Instant at) {
    jdbc.update(
        """
        INSERT INTO meeting_view (meeting_id, conference_id, requester_id, invitee_id, starts_at,
            ends_at, purpose, status, requested_at)
        VALUES (?, ?, ?, ?, ?, ?, 'speed-mentoring', 'HELD', ?) ON CONFLICT DO NOTHING
        """,
        e.meetingId(),
        e.conferenceId(),
        e.traineeId(),
        e.mentorId(),
        Timestamp.from(e.startsAt()),
        Timestamp.from(e.endsAt()),
        Timestamp.from(at));
  }

  @EventHandler
  void on(OtherTimeProposed e) {
    jdbc.update(
        "UPDATE meeting_view SET starts_at = ?, ends_at = ?, status = 'OTHER_TIME_PROPOSED' WHERE meeting_id = ?",
        Timestamp.from(e.startsAt()),
        Timestamp.from(e.endsAt()),
        e.meetingId());
  }

  @EventHandler
  void on(MeetingAccepted e) {
    status(e.meetingId(), "ACCEPTED");
  }

  @EventHandler
  void on(MeetingDeclined e) {
    status(e.meetingId(), "DECLINED");
  }

  @EventHandler
  void on(MeetingCancelled e) {
    status(e.meetingId(), "CANCELLED");
  }

  @EventHandler
  void on(MeetingHeld e) {
    status(e.meetingId(), "HELD");
  }

  @EventHandler
  void on(MeetingMissed e) {
    status(e.meetingId(), "MISSED");
  }

  @EventHandler
  void on(FollowUpDue e) {
    followUp(e.meetingId(), "DUE", e.dueFrom(), e.dueBy());
  }

  @EventHandler
  void on(FollowUpSent e) {
    jdbc.update("UPDATE meeting_view SET follow_up = 'SENT' WHERE meeting_id = ?", e.meetingId());
  }

  @EventHandler
  void on(NudgeDue e) {
    followUp(e.meetingId(), "NUDGE_DUE", e.dueFrom(), e.dueBy());
  }

  @EventHandler
  void on(NudgeSent e) {
    jdbc.update(
        "UPDATE meeting_view SET follow_up = 'NUDGE_SENT' WHERE meeting_id = ?", e.meetingId());
  }

  @EventHandler
  void on(FollowUpReplied e) {
    jdbc.update(
        "UPDATE meeting_view SET follow_up = 'REPLIED' WHERE meeting_id = ?", e.meetingId());
  }

  @EventHandler
  void on(FollowUpClosed e) {
    jdbc.update(
        "UPDATE meeting_view SET follow_up = ? WHERE meeting_id = ?",
        "CLOSED_" + e.reason().name(),
        e.meetingId());
  }

  @ResetHandler
  void onReset() {
    jdbc.execute("TRUNCATE meeting_view");
  }

  private void status(String meetingId, String status) {
    jdbc.update("UPDATE meeting_view SET status = ? WHERE meeting_id = ?", status, meetingId);
  }

  private void followUp(
      String meetingId, String state, java.time.LocalDate from, java.time.LocalDate by) {
    jdbc.update(
        "UPDATE meeting_view SET follow_up = ?, follow_up_from = ?, follow_up_due_by = ? WHERE meeting_id = ?",
        state,
        Date.valueOf(from),
        Date.valueOf(by),
        meetingId);
  }

  @QueryHandler
  public List<MeetingView> handle(FindMeetingsOf query) {
    return jdbc.query(
        """
        SELECT m.*, c.time_zone FROM meeting_view m
        JOIN conference_registry c ON c.conference_id = m.conference_id
        WHERE m.requester_id = ? OR m.invitee_id = ? ORDER BY m.starts_at DESC, m.meeting_id
        """,
        (rs, i) -> view(rs),
        query.memberId(),
        query.memberId());
  }

  /** Follow-ups (or the nudge) whose window has opened and that the member still owes. */
  @QueryHandler
  public List<MeetingView> handle(FindFollowUpsDue query) {
    return jdbc.query(
        """
        SELECT m.*, c.time_zone FROM meeting_view m
        JOIN conference_registry c ON c.conference_id = m.conference_id
        WHERE m.requester_id = ? AND m.follow_up IN ('DUE', 'NUDGE_DUE') AND m.follow_up_from <= ?
        ORDER BY m.follow_up_due_by, m.meeting_id
        """,
        (rs, i) -> view(rs),
        query.memberId(),
        Date.valueOf(query.day()));
  }

  private static MeetingView view(ResultSet rs) throws SQLException {
    ZoneId zone = ZoneId.of(rs.getString("time_zone"));
    Date dueBy = rs.getDate("follow_up_due_by");
    return new MeetingView(
        rs.getString("meeting_id"),
        rs.getString("conference_id"),
        rs.getString("requester_id"),
        rs.getString("invitee_id"),
        LocalDateTime.ofInstant(rs.getTimestamp("starts_at").toInstant(), zone),
        LocalDateTime.ofInstant(rs.getTimestamp("ends_at").toInstant(), zone),
        rs.getString("purpose"),
        rs.getString("status"),
        rs.getString("follow_up"),
        dueBy == null ? null : dueBy.toLocalDate());
  }
}
