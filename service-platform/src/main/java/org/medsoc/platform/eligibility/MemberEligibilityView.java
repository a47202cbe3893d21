package org.medsoc.platform.eligibility;

import java.sql.Array;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.medsoc.kernel.contracts.member.MembershipChanged;
import org.medsoc.kernel.member.MembershipCategory;
import org.medsoc.kernel.member.MembershipStatus;
import org.medsoc.kernel.member.TrainingLevel;
import org.medsoc.platform.acting.MemberLogins;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The local copy of member eligibility a consuming service keeps, fed only from Kafka. A change
 * older than what is stored (by member version) is ignored, so a late or repeated message never
 * turns back the clock.
 */
public class MemberEligibilityView implements Eligibility, MemberLogins {

  private final JdbcTemplate jdbc;

  public MemberEligibilityView(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  void forgetLogin(String memberId) {
    jdbc.update(
        "UPDATE member_eligibility SET account_subject = NULL WHERE member_id = ?", memberId);
  }

  void record(MembershipChanged change, java.time.Instant occurredAt) {
    jdbc.update(
        """
        INSERT INTO member_eligibility (member_id, society_id, status, category, training_level,
                                        paid_through, section_ids, member_version, updated_at,
                                        account_subject)
        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
        ON CONFLICT (member_id, society_id) DO UPDATE SET
            status = EXCLUDED.status,
            category = EXCLUDED.category,
            training_level = EXCLUDED.training_level,
            paid_through = EXCLUDED.paid_through,
            section_ids = EXCLUDED.section_ids,
            member_version = EXCLUDED.member_version,
            updated_at = EXCLUDED.updated_at,
            account_subject = EXCLUDED.account_subject
        WHERE member_eligibility.member_version < EXCLUDED.member_version
        """,
        ps -> {
          ps.setString(1, change.memberId());
          ps.setString(2, change.societyId());
          ps.setString(3, change.status().name());
          ps.setString(4, change.category().name());
          ps.setString(5, change.trainingLevel().name());
          ps.setDate(6, change.paidThrough() == null ? null : Date.valueOf(change.paidThrough()));
          ps.setArray(7, ps.getConnection().createArrayOf("text", change.sectionIds().toArray()));
          ps.setLong(8, change.memberVersion());
          ps.setTimestamp(9, Timestamp.from(occurredAt));
          ps.setString(10, change.accountSubject());
        });
  }

  public List<MemberEligibility> ofMember(String memberId) {
    return jdbc.query(
        "SELECT * FROM member_eligibility WHERE member_id = ? ORDER BY society_id",
        (rs, i) -> map(rs),
        memberId);
  }

  /** The societies the member holds or held a membership or an application in. */
  public List<String> societiesOf(String memberId) {
    return jdbc.queryForList(
        "SELECT society_id FROM member_eligibility WHERE member_id = ?", String.class, memberId);
  }

  @Override
  public Optional<MemberEligibility> of(String memberId, String societyId) {
    return jdbc
        .query(
            "SELECT * FROM member_eligibility WHERE member_id = ? AND society_id = ?",
            (rs, i) -> map(rs),
            memberId,
            societyId)
        .stream()
        .findFirst();
  }

  /** The member a login acts as, if any of their memberships told us. */
  @Override
  public Optional<String> memberActingAs(String subject) {
    return jdbc
        .queryForList(
            "SELECT DISTINCT member_id FROM member_eligibility WHERE account_subject = ?",
            String.class,
            subject)
        .stream()
        .findFirst();
  }

  private static MemberEligibility map(ResultSet rs) throws SQLException {
    Date paidThrough = rs.getDate("paid_through");
    Array sections = rs.getArray("section_ids");
    return new MemberEligibility(
        rs.getString("member_id"),
        rs.getString("society_id"),
        MembershipStatus.valueOf(rs.getString("status")),
        MembershipCategory.valueOf(rs.getString("category")),
        TrainingLevel.valueOf(rs.getString("training_level")),
        paidThrough == null ? null : paidThrough.toLocalDate(),
        sections == null ? Set.of() : Set.of((String[]) sections.getArray()),
        rs.getLong("member_version"),
        rs.getTimestamp("updated_at").toInstant());
  }
}
