package org.medsoc.audit.ingest;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The words about an erased member in the audit's actions (a decision's reason, an introduction's
 * reason) read as erased, in the column and in the fact as received; the facts stay.
 */
@Component
class ErasedWords {

  private static final String SCRUB =
      """
      UPDATE audit_action SET reason = '[erased]',
          detail = CASE WHEN detail -> 'reason' IS NULL OR detail -> 'reason' = 'null'::jsonb
              THEN detail ELSE jsonb_set(detail, '{reason}', '"[erased]"'::jsonb) END
      WHERE reason IS NOT NULL AND reason <> '[erased]' AND
      """;

  private final JdbcTemplate jdbc;

  ErasedWords(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  /** Every action the member took part in, at their erasure. */
  void ofMember(String memberId) {
    jdbc.update(SCRUB + " members @> ARRAY[?]::text[]", memberId);
  }

  /** An action that arrives after one of its people was erased. */
  void ifErased(java.util.UUID actionId) {
    jdbc.update(
        SCRUB
            + " action_id = ? AND EXISTS (SELECT 1 FROM erased_member e"
            + " WHERE e.member_id = ANY (members))",
        actionId);
  }
}
