package org.medsoc.notification.obligation;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The obligations to tell someone something, one row each, keyed by what they are about: writing
 * the same obligation again changes nothing, so a redelivered fact never makes a second mail.
 */
@Component
public class Ledger {

  /** One obligation: to whom, what, with which words filled in, where in the portal, from when. */
  public record Obligation(
      String notificationId,
      String memberId,
      Kind kind,
      String societyId,
      List<String> args,
      String link,
      Instant dueAt) {

    /** What falls due between members themselves, in no society's name. */
    public static Obligation personal(
        String notificationId,
        String memberId,
        Kind kind,
        List<String> args,
        String link,
        Instant dueAt) {
      return new Obligation(notificationId, memberId, kind, null, args, link, dueAt);
    }
  }

  private final JdbcTemplate jdbc;

  public Ledger(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  /**
   * An obligation met before its mail went out (a follow-up sent, a membership renewed) is
   * withdrawn: it stays in the centre's history but is not mailed.
   */
  public void withdraw(String notificationId) {
    jdbc.update(
        "UPDATE notification SET status = 'WITHDRAWN' WHERE notification_id = ? AND status = 'PENDING'",
        notificationId);
  }

  /**
   * Withdraws the obligations still waiting whose id starts so, except the one named: a renewal
   * moves the reminder to the new period, a check-in the next one to its new day.
   */
  public void withdrawAllBut(String idPrefix, String... keep) {
    String[] kept = java.util.Arrays.stream(keep).filter(k -> k != null).toArray(String[]::new);
    jdbc.update(
        "UPDATE notification SET status = 'WITHDRAWN' WHERE notification_id LIKE ?"
            + " AND status = 'PENDING' AND NOT (notification_id = ANY (?))",
        ps -> {
          ps.setString(1, idPrefix.replace("%", "\\%").replace("_", "\\_") + "%");
          ps.setArray(2, ps.getConnection().createArrayOf("text", kept));
        });
  }

  /** Withdraws every obligation still waiting whose id starts so. */
  public void withdrawAll(String idPrefix) {
    withdrawAllBut(idPrefix);
  }

  /** Records the obligation unless it is already recorded; true when it was new. */
  public boolean owe(Obligation o) {
    return jdbc.update(
            """
            INSERT INTO notification (notification_id, member_id, kind, society_id, args, link,
                due_at, status, next_attempt_at, created_at)
            VALUES (?, ?, ?, ?, ?, ?, ?, 'PENDING', ?, now())
            ON CONFLICT (notification_id) DO NOTHING
            """,
            ps -> {
              ps.setString(1, o.notificationId());
              ps.setString(2, o.memberId());
              ps.setString(3, o.kind().name());
              ps.setString(4, o.societyId());
              ps.setArray(5, ps.getConnection().createArrayOf("text", o.args().toArray()));
              ps.setString(6, o.link());
              ps.setTimestamp(7, Timestamp.from(o.dueAt()));
              ps.setTimestamp(8, Timestamp.from(o.dueAt()));
            })
        == 1;
  }
}
