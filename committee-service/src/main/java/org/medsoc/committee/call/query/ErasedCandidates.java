package org.medsoc.committee.call.query;

import org.medsoc.platform.personal.ErasedMemberViews;
import org.medsoc.platform.personal.PersonalData;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * What the views hold of an erased candidate's own data (statements of and about them, their
 * endorsements, the reasons given them) reads as erased, as their events do once their key is gone;
 * who nominated whom, and what came of it, stays.
 */
@Component
public class ErasedCandidates implements ErasedMemberViews {

  private final JdbcTemplate jdbc;

  public ErasedCandidates(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  @Override
  public void scrub(String member) {
    String mark = PersonalData.ERASED;
    jdbc.update(
        """
        UPDATE submission_view SET
            statement = CASE WHEN statement IS NULL THEN NULL ELSE ? END,
            reason = CASE WHEN reason IS NULL THEN NULL ELSE ? END
        WHERE candidate_id = ?
        """,
        mark,
        mark,
        member);
    jdbc.update(
        "UPDATE call_submission SET statement = ? WHERE candidate_id = ? AND statement IS NOT NULL",
        mark,
        member);
    jdbc.update(
        "UPDATE endorsement_view e SET endorsement = ? FROM submission_view s"
            + " WHERE s.submission_id = e.submission_id AND s.candidate_id = ?",
        mark,
        member);
    jdbc.update("UPDATE conflict_view SET reason = ? WHERE candidate_id = ?", mark, member);
  }
}
