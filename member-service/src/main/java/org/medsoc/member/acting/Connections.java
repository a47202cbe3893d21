package org.medsoc.member.acting;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Whether two members are connected: an introduction between them that both accepted, or an active
 * mentorship. Connected members see each other's contact data.
 */
@Component
public class Connections {

  private final JdbcTemplate jdbc;

  public Connections(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  public boolean connected(String oneMemberId, String otherMemberId) {
    if (oneMemberId == null || otherMemberId == null || oneMemberId.equals(otherMemberId)) {
      return false;
    }
    return Boolean.TRUE.equals(
        jdbc.queryForObject(
            """
            SELECT EXISTS (
                SELECT 1 FROM introduction
                WHERE status IN ('CONNECTED', 'MET', 'FOLLOWED_UP')
                  AND ((first_member_id = ? AND second_member_id = ?)
                    OR (first_member_id = ? AND second_member_id = ?))
                UNION ALL
                SELECT 1 FROM mentorship
                WHERE status = 'ACTIVE'
                  AND ((mentee_id = ? AND mentor_id = ?) OR (mentee_id = ? AND mentor_id = ?)))
            """,
            Boolean.class,
            oneMemberId,
            otherMemberId,
            otherMemberId,
            oneMemberId,
            oneMemberId,
            otherMemberId,
            otherMemberId,
            oneMemberId));
  }
}
