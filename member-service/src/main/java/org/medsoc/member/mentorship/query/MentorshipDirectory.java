package org.medsoc.member.mentorship.query;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.queryhandling.QueryHandler;
import org.medsoc.member.member.api.MemberErased;
import org.medsoc.member.mentorship.api.*;
import org.medsoc.platform.personal.ErasedMemberViews;
import org.medsoc.platform.personal.PersonalData;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** Mentorships, and each member's mentor team. */
@Component
@ProcessingGroup(MentorshipDirectory.PROCESSING_GROUP)
public class MentorshipDirectory implements ErasedMemberViews {

  public static final String PROCESSING_GROUP = "mentorships";

  private final JdbcTemplate jdbc;

  public MentorshipDirectory(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  /** An erased mentee's ask and first step, and an erased mentor's word declining, read erased. */
  @EventHandler
  void on(MemberErased event) {
    scrub(event.memberId());
  }

  /**
   * Also called when the erasure is heard from Kafka and once more a while later ({@link
   * ErasedMemberViews}): an event of another aggregate, decrypted on another segment just before
   * the key went, may be written after the first scrub.
   */
  @Override
  public void scrub(String memberId) {
    jdbc.update(
        "UPDATE mentorship SET ask = ?, first_step = ? WHERE mentee_id = ?",
        PersonalData.ERASED,
        PersonalData.ERASED,
        memberId);
    jdbc.update(
        "UPDATE mentorship SET decline_reason = ? WHERE mentor_id = ? AND decline_reason IS NOT NULL",
        PersonalData.ERASED,
        memberId);
    jdbc.update(
        """
        UPDATE mentorship SET
            end_reason = CASE WHEN end_reason IS NULL THEN NULL ELSE ? END,
            last_agreed_next_steps = CASE WHEN last_agreed_next_steps IS NULL THEN NULL ELSE ? END
        WHERE ? IN (mentee_id, mentor_id)
        """,
        PersonalData.ERASED,
        PersonalData.ERASED,
        memberId);
  }

  @EventHandler
  void on(MentorshipRequested event, @org.axonframework.eventhandling.Timestamp Instant at) {
    jdbc.update(
        """
        INSERT INTO mentorship (mentorship_id, mentee_id, mentor_id, type, ask, first_step, status,
            requested_at, suggestion_id)
        VALUES (?, ?, ?, ?, ?, ?, 'REQUESTED', ?, ?) ON CONFLICT (mentorship_id) DO NOTHING
        """,
        event.mentorshipId(),
        event.menteeId(),
        event.mentorId(),
        event.type().name(),
        event.ask(),
        event.firstStep(),
        Timestamp.from(at),
        event.suggestionId());
  }

  @EventHandler
  void on(MentorshipAccepted event, @org.axonframework.eventhandling.Timestamp Instant at) {
    jdbc.update(
        "UPDATE mentorship SET status = 'ACTIVE', accepted_on = ? WHERE mentorship_id = ?",
        Date.valueOf(at.atZone(java.time.ZoneOffset.UTC).toLocalDate()),
        event.mentorshipId());
  }

  @EventHandler
  void on(MentorshipDeclined event) {
    jdbc.update(
        "UPDATE mentorship SET status = 'DECLINED', decline_reason = ? WHERE mentorship_id = ?",
        event.reason(),
        event.mentorshipId());
  }

  @EventHandler
  void on(CheckInRecorded event) {
    jdbc.update(
        """
        UPDATE mentorship SET check_ins = check_ins + 1, last_check_in_on = ?, last_agreed_next_steps = ?
        WHERE mentorship_id = ?
        """,
        Date.valueOf(event.heldOn()),
        event.agreedNextSteps(),
        event.mentorshipId());
  }

  @EventHandler
  void on(MentorshipEnded event) {
    jdbc.update(
        "UPDATE mentorship SET status = 'ENDED', end_reason = ? WHERE mentorship_id = ?",
        event.reason(),
        event.mentorshipId());
  }

  @ResetHandler
  void onReset() {
    jdbc.execute("TRUNCATE mentorship");
  }

  @QueryHandler
  public Optional<MentorshipView> handle(FindMentorship query) {
    return jdbc
        .query(
            "SELECT * FROM mentorship WHERE mentorship_id = ?",
            (rs, i) -> map(rs),
            query.mentorshipId())
        .stream()
        .findFirst();
  }

  @QueryHandler
  public List<MentorshipView> handle(FindMentorTeam query) {
    return jdbc.query(
        "SELECT * FROM mentorship WHERE mentee_id = ? AND status = 'ACTIVE' ORDER BY type, requested_at",
        (rs, i) -> map(rs),
        query.menteeId());
  }

  @QueryHandler
  public List<MentorshipView> handle(FindMentorshipsOf query) {
    return jdbc.query(
        """
        SELECT * FROM mentorship WHERE mentee_id = ? OR mentor_id = ?
        ORDER BY requested_at DESC, mentorship_id
        """,
        (rs, i) -> map(rs),
        query.memberId(),
        query.memberId());
  }

  private static MentorshipView map(ResultSet rs) throws SQLException {
    Date last = rs.getDate("last_check_in_on");
    Date accepted = rs.getDate("accepted_on");
    MentorshipStatus status = MentorshipStatus.valueOf(rs.getString("status"));
    java.time.LocalDate since =
        last != null
            ? last.toLocalDate()
            : accepted != null
                ? accepted.toLocalDate()
                : rs.getTimestamp("requested_at")
                    .toInstant()
                    .atZone(java.time.ZoneOffset.UTC)
                    .toLocalDate();
    return new MentorshipView(
        rs.getString("mentorship_id"),
        rs.getString("mentee_id"),
        rs.getString("mentor_id"),
        MentorshipType.valueOf(rs.getString("type")),
        rs.getString("ask"),
        rs.getString("first_step"),
        status,
        rs.getTimestamp("requested_at").toInstant(),
        rs.getInt("check_ins"),
        last == null ? null : last.toLocalDate(),
        rs.getString("last_agreed_next_steps"),
        rs.getString("end_reason"),
        rs.getString("decline_reason"),
        accepted == null ? null : accepted.toLocalDate(),
        status == MentorshipStatus.ACTIVE
            ? since.plusMonths(MentorshipView.CHECK_IN_EVERY_MONTHS)
            : null,
        rs.getString("suggestion_id"));
  }
}
