package org.medsoc.member.sponsorship.query;

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
import org.medsoc.member.introduction.api.IntroductionProposed;
import org.medsoc.member.member.api.MemberErased;
import org.medsoc.member.sponsorship.api.*;
import org.medsoc.platform.personal.ErasedMemberViews;
import org.medsoc.platform.personal.PersonalData;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Sponsorships and their actions. A letter's content leaves this projection only for the sponsor
 * who wrote it; the protégé and everyone else see that it was submitted, not what it says.
 */
@Component
@ProcessingGroup(SponsorshipDirectory.PROCESSING_GROUP)
public class SponsorshipDirectory implements ErasedMemberViews {

  public static final String PROCESSING_GROUP = "sponsorships";

  private final JdbcTemplate jdbc;

  public SponsorshipDirectory(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  /** What was written of an erased protégé (goals, notes, letters, purposes) reads as erased. */
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
        "UPDATE sponsorship SET goals = ? WHERE protege_id = ?", PersonalData.ERASED, memberId);
    jdbc.update(
        """
        UPDATE sponsorship_action a SET
            note = CASE WHEN a.note IS NULL THEN NULL ELSE ? END,
            purpose = CASE WHEN a.purpose IS NULL THEN NULL ELSE ? END,
            letter_content = CASE WHEN a.letter_content IS NULL THEN NULL ELSE ? END
        FROM sponsorship s WHERE s.sponsorship_id = a.sponsorship_id AND s.protege_id = ?
        """,
        PersonalData.ERASED,
        PersonalData.ERASED,
        PersonalData.ERASED,
        memberId);
  }

  @EventHandler
  void on(SponsorshipDeclared event, @org.axonframework.eventhandling.Timestamp Instant at) {
    jdbc.update(
        """
        INSERT INTO sponsorship (sponsorship_id, sponsor_id, protege_id, goals, declared_at)
        VALUES (?, ?, ?, ?, ?) ON CONFLICT (sponsorship_id) DO NOTHING
        """,
        event.sponsorshipId(),
        event.sponsorId(),
        event.protegeId(),
        event.goals(),
        Timestamp.from(at));
  }

  @EventHandler
  void on(OpportunitiesStated event) {
    jdbc.update(
        "UPDATE sponsorship SET opportunities = ? WHERE sponsorship_id = ?",
        ps -> {
          ps.setArray(1, ps.getConnection().createArrayOf("text", event.opportunities().toArray()));
          ps.setString(2, event.sponsorshipId());
        });
  }

  @EventHandler
  void on(MentorBecameSponsor event) {
    jdbc.update(
        "UPDATE sponsorship SET from_mentorship_id = ? WHERE sponsorship_id = ?",
        event.mentorshipId(),
        event.sponsorshipId());
  }

  @EventHandler
  void on(ProtegeRecommended event, @org.axonframework.eventhandling.Timestamp Instant at) {
    jdbc.update(
        """
        INSERT INTO sponsorship_action (action_id, sponsorship_id, kind, role_kind, target, note, recorded_at)
        VALUES (?, ?, 'RECOMMENDATION', ?, ?, ?, ?) ON CONFLICT (action_id) DO NOTHING
        """,
        event.actionId(),
        event.sponsorshipId(),
        event.roleKind().name(),
        event.target(),
        event.note(),
        Timestamp.from(at));
  }

  @EventHandler
  void on(ProtegeNominated event, @org.axonframework.eventhandling.Timestamp Instant at) {
    jdbc.update(
        """
        INSERT INTO sponsorship_action (action_id, sponsorship_id, kind, role_kind, target, recorded_at)
        VALUES (?, ?, 'NOMINATION', ?, ?, ?) ON CONFLICT (action_id) DO NOTHING
        """,
        event.nominationId(),
        event.sponsorshipId(),
        event.roleKind().name(),
        event.target(),
        Timestamp.from(at));
  }

  /** An introduction a sponsor makes for the protégé is one of the sponsorship's actions. */
  @EventHandler
  void on(IntroductionProposed event, @org.axonframework.eventhandling.Timestamp Instant at) {
    if (event.sponsorshipId() == null) {
      return;
    }
    jdbc.update(
        """
        INSERT INTO sponsorship_action (action_id, sponsorship_id, kind, target, note, recorded_at)
        VALUES (?, ?, 'INTRODUCTION', ?, ?, ?) ON CONFLICT (action_id) DO NOTHING
        """,
        event.introductionId(),
        event.sponsorshipId(),
        "introduction of " + event.firstMemberId() + " and " + event.secondMemberId(),
        event.reason(),
        Timestamp.from(at));
  }

  @EventHandler
  void on(LetterRequested event, @org.axonframework.eventhandling.Timestamp Instant at) {
    jdbc.update(
        """
        INSERT INTO sponsorship_action (action_id, sponsorship_id, kind, purpose, deadline, short_notice,
            letter_status, recorded_at)
        VALUES (?, ?, 'LETTER', ?, ?, ?, 'REQUESTED', ?) ON CONFLICT (action_id) DO NOTHING
        """,
        event.letterId(),
        event.sponsorshipId(),
        event.purpose(),
        Date.valueOf(event.deadline()),
        event.shortNotice(),
        Timestamp.from(at));
  }

  @EventHandler
  void on(LetterSubmitted event) {
    jdbc.update(
        "UPDATE sponsorship_action SET letter_status = 'SUBMITTED', letter_content = ? WHERE action_id = ?",
        event.content(),
        event.letterId());
  }

  @EventHandler
  void on(LetterDeclined event) {
    jdbc.update(
        "UPDATE sponsorship_action SET letter_status = 'DECLINED', note = ? WHERE action_id = ?",
        event.reason(),
        event.letterId());
  }

  @EventHandler
  void on(SponsorshipOutcomeRecorded event) {
    jdbc.update(
        "UPDATE sponsorship_action SET outcome = ? WHERE action_id = ?",
        event.outcome().name(),
        event.actionId());
  }

  @ResetHandler
  void onReset() {
    jdbc.execute("TRUNCATE sponsorship, sponsorship_action");
  }

  @QueryHandler
  public Optional<SponsorshipView> handle(FindSponsorship query) {
    return jdbc
        .query(
            "SELECT * FROM sponsorship WHERE sponsorship_id = ?",
            (rs, i) -> map(rs, query.viewerMemberId()),
            query.sponsorshipId())
        .stream()
        .findFirst();
  }

  @QueryHandler
  public List<SponsorshipView> handle(FindSponsorshipsOf query) {
    return jdbc.query(
        "SELECT * FROM sponsorship WHERE ? IN (sponsor_id, protege_id) ORDER BY declared_at DESC",
        (rs, i) -> map(rs, query.viewerMemberId()),
        query.memberId());
  }

  private SponsorshipView map(ResultSet rs, String viewer) throws SQLException {
    String sponsorshipId = rs.getString("sponsorship_id");
    String sponsorId = rs.getString("sponsor_id");
    boolean author = sponsorId.equals(viewer);
    boolean party = author || rs.getString("protege_id").equals(viewer);
    List<SponsorshipActionView> actions =
        jdbc.query(
            "SELECT * FROM sponsorship_action WHERE sponsorship_id = ? ORDER BY recorded_at",
            (a, i) -> action(a, author),
            sponsorshipId);
    return new SponsorshipView(
        sponsorshipId,
        sponsorId,
        rs.getString("protege_id"),
        rs.getString("goals"),
        rs.getString("from_mentorship_id"),
        rs.getTimestamp("declared_at").toInstant(),
        actions,
        party ? List.of((String[]) rs.getArray("opportunities").getArray()) : List.of());
  }

  private static SponsorshipActionView action(ResultSet rs, boolean author) throws SQLException {
    Date deadline = rs.getDate("deadline");
    String roleKind = rs.getString("role_kind");
    String outcome = rs.getString("outcome");
    return new SponsorshipActionView(
        rs.getString("action_id"),
        rs.getString("kind"),
        roleKind == null ? null : RoleKind.valueOf(roleKind),
        rs.getString("target"),
        rs.getString("purpose"),
        deadline == null ? null : deadline.toLocalDate(),
        (Boolean) rs.getObject("short_notice"),
        rs.getString("letter_status"),
        author ? rs.getString("letter_content") : null,
        outcome == null ? null : Outcome.valueOf(outcome),
        rs.getTimestamp("recorded_at").toInstant());
  }
}
