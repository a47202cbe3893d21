package org.medsoc.member.introduction.query;

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
import org.medsoc.member.introduction.api.*;
import org.medsoc.member.member.api.MemberErased;
import org.medsoc.platform.personal.PersonalData;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** Introductions: one each, those a member made or received, and the chain around a member. */
@Component
@ProcessingGroup(IntroductionDirectory.PROCESSING_GROUP)
public class IntroductionDirectory {

  public static final String PROCESSING_GROUP = "introductions";

  private final JdbcTemplate jdbc;

  public IntroductionDirectory(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  /** An introduction's reason and context describe all three: any one's erasure erases them. */
  @EventHandler
  void on(MemberErased event) {
    jdbc.update(
        """
        UPDATE introduction SET reason = ?, context = CASE WHEN context IS NULL THEN NULL ELSE ? END
        WHERE ? IN (introducer_id, first_member_id, second_member_id)
        """,
        PersonalData.ERASED,
        PersonalData.ERASED,
        event.memberId());
  }

  @EventHandler
  void on(IntroductionProposed event, @org.axonframework.eventhandling.Timestamp Instant at) {
    jdbc.update(
        """
        INSERT INTO introduction (introduction_id, introducer_id, first_member_id, second_member_id,
            reason, context, sponsorship_id, status, proposed_at, expires_at)
        VALUES (?, ?, ?, ?, ?, ?, ?, 'PROPOSED', ?, ?)
        ON CONFLICT (introduction_id) DO NOTHING
        """,
        event.introductionId(),
        event.introducerId(),
        event.firstMemberId(),
        event.secondMemberId(),
        event.reason(),
        event.context(),
        event.sponsorshipId(),
        Timestamp.from(at),
        Timestamp.from(event.expiresAt()));
  }

  @EventHandler
  void on(IntroductionAccepted event) {
    answer(event.introductionId(), event.memberId(), true);
  }

  @EventHandler
  void on(IntroductionDeclined event) {
    answer(event.introductionId(), event.memberId(), false);
    status(event.introductionId(), IntroductionStatus.DECLINED);
  }

  @EventHandler
  void on(IntroductionConnected event) {
    status(event.introductionId(), IntroductionStatus.CONNECTED);
  }

  @EventHandler
  void on(IntroductionExpired event) {
    status(event.introductionId(), IntroductionStatus.EXPIRED);
  }

  @EventHandler
  void on(IntroductionMeetingHeld event) {
    jdbc.update(
        "UPDATE introduction SET status = 'MET', meeting_held_on = ? WHERE introduction_id = ?",
        Date.valueOf(event.heldOn()),
        event.introductionId());
  }

  @EventHandler
  void on(IntroductionFollowedUp event) {
    jdbc.update(
        "UPDATE introduction SET status = 'FOLLOWED_UP', followed_up = TRUE WHERE introduction_id = ?",
        event.introductionId());
  }

  @ResetHandler
  void onReset() {
    jdbc.execute("TRUNCATE introduction");
  }

  @QueryHandler
  public Optional<IntroductionView> handle(FindIntroduction query) {
    return jdbc
        .query(
            "SELECT * FROM introduction WHERE introduction_id = ?",
            (rs, i) -> map(rs),
            query.introductionId())
        .stream()
        .findFirst();
  }

  @QueryHandler
  public List<IntroductionView> handle(FindIntroductionsMadeBy query) {
    return jdbc.query(
        "SELECT * FROM introduction WHERE introducer_id = ? ORDER BY proposed_at DESC",
        (rs, i) -> map(rs),
        query.memberId());
  }

  @QueryHandler
  public List<IntroductionView> handle(FindIntroductionsReceivedBy query) {
    return jdbc.query(
        "SELECT * FROM introduction WHERE ? IN (first_member_id, second_member_id) ORDER BY proposed_at DESC",
        (rs, i) -> map(rs),
        query.memberId());
  }

  /**
   * The member's own introductions (made or received), and those of everyone they are linked to
   * through them: two steps of who introduced whom.
   */
  @QueryHandler
  public List<IntroductionView> handle(FindIntroductionChain query) {
    return jdbc.query(
        """
        WITH near AS (
            SELECT * FROM introduction
            WHERE ? IN (introducer_id, first_member_id, second_member_id)),
        people AS (
            SELECT introducer_id AS person FROM near
            UNION SELECT first_member_id FROM near
            UNION SELECT second_member_id FROM near)
        SELECT DISTINCT i.* FROM introduction i JOIN people p
            ON p.person IN (i.introducer_id, i.first_member_id, i.second_member_id)
        ORDER BY i.proposed_at
        """,
        (rs, i) -> map(rs),
        query.memberId());
  }

  private void answer(String introductionId, String memberId, boolean accepted) {
    jdbc.update(
        """
        UPDATE introduction SET
            first_accepted = CASE WHEN first_member_id = ? THEN ? ELSE first_accepted END,
            second_accepted = CASE WHEN second_member_id = ? THEN ? ELSE second_accepted END
        WHERE introduction_id = ?
        """,
        memberId,
        accepted,
        memberId,
        accepted,
        introductionId);
  }

  private void status(String introductionId, IntroductionStatus status) {
    jdbc.update(
        "UPDATE introduction SET status = ? WHERE introduction_id = ?",
        status.name(),
        introductionId);
  }

  private static IntroductionView map(ResultSet rs) throws SQLException {
    Date held = rs.getDate("meeting_held_on");
    return new IntroductionView(
        rs.getString("introduction_id"),
        rs.getString("introducer_id"),
        rs.getString("first_member_id"),
        rs.getString("second_member_id"),
        rs.getString("reason"),
        rs.getString("context"),
        rs.getString("sponsorship_id"),
        IntroductionStatus.valueOf(rs.getString("status")),
        (Boolean) rs.getObject("first_accepted"),
        (Boolean) rs.getObject("second_accepted"),
        rs.getTimestamp("proposed_at").toInstant(),
        rs.getTimestamp("expires_at").toInstant(),
        held == null ? null : held.toLocalDate(),
        rs.getBoolean("followed_up"));
  }
}
