package org.medsoc.member.member.command;

import java.util.List;
import java.util.Optional;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.medsoc.kernel.error.DomainException;
import org.medsoc.member.member.api.MemberErased;
import org.medsoc.member.member.api.MemberProfileUpdated;
import org.medsoc.member.member.api.MemberRegistered;
import org.medsoc.member.member.api.MembershipApplied;
import org.medsoc.member.member.api.MembershipImported;
import org.medsoc.platform.personal.PersonalData;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Which member holds which email address, which login acts as which member, and which societies'
 * staff reach each member. Written in the transaction that stores the event (a subscribing
 * processor), and the unique key makes the database the final judge when two people register the
 * same address at the same moment: the second transaction fails and stores nothing.
 */
@Component
@ProcessingGroup(MemberRegistry.PROCESSING_GROUP)
public class MemberRegistry implements MemberEmails, MemberAccounts, Members {

  public static final String PROCESSING_GROUP = "member-registry";

  private final JdbcTemplate jdbc;

  public MemberRegistry(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  @EventHandler
  void on(MemberRegistered event) {
    if (!PersonalData.ERASED.equals(event.profile().email())) {
      claim(event.memberId(), event.profile().normalizedEmail());
    }
    if (event.registeredFor() != null) {
      belongs(event.memberId(), event.registeredFor());
    }
    if (event.accountSubject() != null) {
      try {
        jdbc.update(
            "INSERT INTO member_account (member_id, subject) VALUES (?, ?)",
            event.memberId(),
            event.accountSubject());
      } catch (DuplicateKeyException e) {
        throw DomainException.conflict("profile.email", Member.ALREADY_REGISTERED);
      }
    }
  }

  @Override
  public Optional<String> memberActingAs(String subject) {
    return jdbc
        .queryForList(
            "SELECT member_id FROM member_account WHERE subject = ?", String.class, subject)
        .stream()
        .findFirst();
  }

  @Override
  public Optional<String> subjectOf(String memberId) {
    return jdbc
        .queryForList(
            "SELECT subject FROM member_account WHERE member_id = ?", String.class, memberId)
        .stream()
        .findFirst();
  }

  @Override
  public boolean exists(String memberId) {
    return Boolean.TRUE.equals(
        jdbc.queryForObject(
            "SELECT EXISTS (SELECT 1 FROM member_email WHERE member_id = ?)",
            Boolean.class,
            memberId));
  }

  /** Whether the caller's login is the one that acts as this member. */
  public boolean isAccountOf(String subject, String memberId) {
    return subject != null && memberId != null && subject.equals(subjectOf(memberId).orElse(null));
  }

  @EventHandler
  void on(MembershipApplied event) {
    belongs(event.memberId(), event.societyId());
  }

  @EventHandler
  void on(MembershipImported event) {
    belongs(event.memberId(), event.societyId());
    try {
      jdbc.update(
          "INSERT INTO imported_row (society_id, row_key, member_id) VALUES (?, ?, ?)",
          event.societyId(),
          event.rowKey(),
          event.memberId());
    } catch (DuplicateKeyException e) {
      throw DomainException.conflict(
          "rowKey", "another member was imported from a row with this key");
    }
  }

  /** The member a roster row with this key became, once imported. */
  public Optional<String> importedAs(String societyId, String rowKey) {
    return jdbc
        .queryForList(
            "SELECT member_id FROM imported_row WHERE society_id = ? AND row_key = ?",
            String.class,
            societyId,
            rowKey)
        .stream()
        .findFirst();
  }

  /**
   * The societies in which the member holds or held a membership or an application, or for which
   * staff registered them.
   */
  public List<String> societiesOf(String memberId) {
    return jdbc.queryForList(
        "SELECT society_id FROM member_society WHERE member_id = ?", String.class, memberId);
  }

  /** The societies of any party of a networking record. */
  public List<String> societiesOfParties(String recordId) {
    return jdbc.queryForList(
        """
        SELECT DISTINCT s.society_id FROM party p JOIN member_society s ON s.member_id = p.member_id
        WHERE p.record_id = ?
        """,
        String.class,
        recordId);
  }

  private void belongs(String memberId, String societyId) {
    jdbc.update(
        "INSERT INTO member_society (member_id, society_id) VALUES (?, ?) ON CONFLICT DO NOTHING",
        memberId,
        societyId);
  }

  @EventHandler
  void on(MemberProfileUpdated event) {
    jdbc.update("DELETE FROM member_email WHERE member_id = ?", event.memberId());
    if (!PersonalData.ERASED.equals(event.profile().email())) {
      claim(event.memberId(), event.profile().normalizedEmail());
    }
  }

  /** An erased member's address is forgotten: someone may sign up with it again. */
  @EventHandler
  void on(MemberErased event) {
    jdbc.update("DELETE FROM member_email WHERE member_id = ?", event.memberId());
  }

  @Override
  public Optional<String> ownerOf(String normalizedEmail) {
    return jdbc
        .queryForList(
            "SELECT member_id FROM member_email WHERE email = ?", String.class, normalizedEmail)
        .stream()
        .findFirst();
  }

  private void claim(String memberId, String email) {
    try {
      jdbc.update("INSERT INTO member_email (email, member_id) VALUES (?, ?)", email, memberId);
    } catch (DuplicateKeyException e) {
      throw DomainException.conflict("profile.email", Member.ALREADY_REGISTERED);
    }
  }
}
