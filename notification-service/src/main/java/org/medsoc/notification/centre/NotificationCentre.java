package org.medsoc.notification.centre;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import org.medsoc.notification.delivery.MailTexts;
import org.medsoc.notification.obligation.Kind;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** What the portal's notification centre shows a member: what is new and what is due. */
@Component
public class NotificationCentre {

  /**
   * One notification as its member reads it.
   *
   * @param status PENDING (due later, or waiting for a digest or the mail server), SENT, OFF (the
   *     member turned the kind off: not mailed), WITHDRAWN (done before its mail went out) or
   *     FAILED
   */
  public record Notice(
      String notificationId,
      Kind kind,
      String subject,
      String link,
      String status,
      Instant dueAt,
      Instant sentAt) {}

  private static final int SHOWN = 100;

  private final JdbcTemplate jdbc;
  private final MailTexts texts;

  public NotificationCentre(JdbcTemplate jdbc, MailTexts texts) {
    this.jdbc = jdbc;
    this.texts = texts;
  }

  public List<Notice> of(String memberId) {
    return jdbc.query(
        "SELECT * FROM notification WHERE member_id = ? ORDER BY due_at DESC, notification_id"
            + " LIMIT ?",
        (rs, i) -> {
          Kind kind = Kind.valueOf(rs.getString("kind"));
          java.sql.Timestamp sent = rs.getTimestamp("sent_at");
          return new Notice(
              rs.getString("notification_id"),
              kind,
              texts.subject(
                  kind, List.of((String[]) rs.getArray("args").getArray()), Locale.ENGLISH),
              rs.getString("link"),
              rs.getString("status"),
              rs.getTimestamp("due_at").toInstant(),
              sent == null ? null : sent.toInstant());
        },
        memberId,
        SHOWN);
  }
}
