package org.medsoc.notification.centre;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import org.medsoc.notification.delivery.MailTexts;
import org.medsoc.notification.obligation.Kind;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The mails that failed for good, for the staff of the members' societies: to whom, what kind, why
 * the server refused. What the mail said stays the member's; staff see its kind and subject's kind
 * only, and correct the address in member-service, then send it again.
 */
@Component
public class UndeliveredMails {

  /** One mail that could not be delivered. */
  public record Undelivered(
      String notificationId,
      String memberId,
      String memberName,
      Kind kind,
      String kindName,
      Instant dueAt,
      int attempts,
      String lastError) {}

  private final JdbcTemplate jdbc;
  private final MailTexts texts;

  public UndeliveredMails(JdbcTemplate jdbc, MailTexts texts) {
    this.jdbc = jdbc;
    this.texts = texts;
  }

  /**
   * Those of the society's members, or about the society: a notification that names no society (a
   * mentorship) shows to the staff of every society its member belongs to.
   */
  public List<Undelivered> of(String societyId) {
    return jdbc.query(
        """
        SELECT n.notification_id, n.member_id, r.display_name, n.kind, n.due_at, n.attempts,
               n.last_error
        FROM notification n LEFT JOIN recipient r ON r.member_id = n.member_id
        WHERE n.status = 'FAILED'
          AND (n.society_id = ?
               OR (n.society_id IS NULL AND n.member_id IN
                   (SELECT member_id FROM member_society WHERE society_id = ?)))
        ORDER BY n.due_at DESC LIMIT 500
        """,
        (rs, i) -> {
          Kind kind = Kind.valueOf(rs.getString("kind"));
          return new Undelivered(
              rs.getString("notification_id"),
              rs.getString("member_id"),
              rs.getString("display_name"),
              kind,
              texts.kindName(kind, Locale.ENGLISH),
              rs.getTimestamp("due_at").toInstant(),
              rs.getInt("attempts"),
              rs.getString("last_error"));
        },
        societyId,
        societyId);
  }

  /**
   * Sends a failed mail again with fresh attempts; false when it is not the society's or not
   * failed.
   */
  public boolean retry(String societyId, String notificationId) {
    return jdbc.update(
            """
            UPDATE notification SET status = 'PENDING', attempts = 0, next_attempt_at = now()
            WHERE notification_id = ? AND status = 'FAILED'
              AND (society_id = ?
                   OR (society_id IS NULL AND member_id IN
                       (SELECT member_id FROM member_society WHERE society_id = ?)))
            """,
            notificationId,
            societyId,
            societyId)
        == 1;
  }
}
