package org.medsoc.member.member.integration;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Set;
import org.medsoc.kernel.member.MembershipCategory;
import org.medsoc.kernel.member.MembershipStatus;
import org.medsoc.kernel.member.TrainingLevel;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** The publisher's own memory of what it told other services; committed with its token. */
@Repository
class PublishedMemberships {

  private final JdbcTemplate jdbc;

  PublishedMemberships(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  record Member(TrainingLevel trainingLevel, String accountSubject, String institution) {}

  void saveMember(String memberId, TrainingLevel level, String accountSubject, String institution) {
    jdbc.update(
        """
        INSERT INTO published_member (member_id, training_level, account_subject, institution)
        VALUES (?, ?, ?, ?)
        ON CONFLICT (member_id) DO UPDATE SET training_level = EXCLUDED.training_level,
            account_subject = EXCLUDED.account_subject, institution = EXCLUDED.institution
        """,
        memberId,
        level.name(),
        accountSubject,
        institution);
  }

  /** Before a republication: the facts are built again from the first event on. */
  void clear() {
    jdbc.update("DELETE FROM published_membership");
    jdbc.update("DELETE FROM published_member");
  }

  void forget(String memberId) {
    jdbc.update(
        "UPDATE published_member SET institution = NULL, account_subject = NULL WHERE member_id = ?",
        memberId);
  }

  void saveInstitution(String memberId, String institution) {
    jdbc.update(
        "UPDATE published_member SET institution = ? WHERE member_id = ?", institution, memberId);
  }

  void saveTrainingLevel(String memberId, TrainingLevel level) {
    jdbc.update(
        "UPDATE published_member SET training_level = ? WHERE member_id = ?",
        level.name(),
        memberId);
  }

  Member member(String memberId) {
    return jdbc.queryForObject(
        "SELECT training_level, account_subject, institution FROM published_member"
            + " WHERE member_id = ?",
        (rs, i) ->
            new Member(
                TrainingLevel.valueOf(rs.getString("training_level")),
                rs.getString("account_subject"),
                rs.getString("institution")),
        memberId);
  }

  PublishedMembership get(String memberId, String societyId) {
    return jdbc.queryForObject(
        "SELECT * FROM published_membership WHERE member_id = ? AND society_id = ?",
        (rs, i) -> map(rs),
        memberId,
        societyId);
  }

  List<PublishedMembership> ofMember(String memberId) {
    return jdbc.query(
        "SELECT * FROM published_membership WHERE member_id = ? ORDER BY society_id",
        (rs, i) -> map(rs),
        memberId);
  }

  void save(PublishedMembership m) {
    jdbc.update(
        """
        INSERT INTO published_membership (member_id, society_id, status, category, paid_through, section_ids)
        VALUES (?, ?, ?, ?, ?, ?)
        ON CONFLICT (member_id, society_id) DO UPDATE SET status = EXCLUDED.status,
            category = EXCLUDED.category, paid_through = EXCLUDED.paid_through,
            section_ids = EXCLUDED.section_ids
        """,
        ps -> {
          ps.setString(1, m.memberId());
          ps.setString(2, m.societyId());
          ps.setString(3, m.status().name());
          ps.setString(4, m.category().name());
          ps.setDate(5, m.paidThrough() == null ? null : Date.valueOf(m.paidThrough()));
          ps.setArray(6, ps.getConnection().createArrayOf("text", m.sectionIds().toArray()));
        });
  }

  private static PublishedMembership map(ResultSet rs) throws SQLException {
    Date paidThrough = rs.getDate("paid_through");
    return new PublishedMembership(
        rs.getString("member_id"),
        rs.getString("society_id"),
        MembershipStatus.valueOf(rs.getString("status")),
        MembershipCategory.valueOf(rs.getString("category")),
        paidThrough == null ? null : paidThrough.toLocalDate(),
        Set.of((String[]) rs.getArray("section_ids").getArray()));
  }
}
