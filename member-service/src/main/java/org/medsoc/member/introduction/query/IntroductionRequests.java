package org.medsoc.member.introduction.query;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.queryhandling.QueryHandler;
import org.medsoc.member.introduction.api.*;
import org.medsoc.member.member.api.MemberErased;
import org.medsoc.platform.personal.PersonalData;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** The requests for an introduction a member made, and those asked of them. */
@Component
@ProcessingGroup(IntroductionDirectory.PROCESSING_GROUP)
public class IntroductionRequests {

  private final JdbcTemplate jdbc;

  public IntroductionRequests(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  /** An erased asker's reason reads as erased. */
  @EventHandler
  void on(MemberErased event) {
    jdbc.update(
        "UPDATE introduction_request SET reason = ? WHERE asker_id = ?",
        PersonalData.ERASED,
        event.memberId());
    jdbc.update(
        "UPDATE introduction_request SET decline_reason = ? WHERE ? IN (asker_id, introducer_id)"
            + " AND decline_reason IS NOT NULL",
        PersonalData.ERASED,
        event.memberId());
  }

  @EventHandler
  void on(IntroductionAsked e, @org.axonframework.eventhandling.Timestamp Instant at) {
    jdbc.update(
        """
        INSERT INTO introduction_request (request_id, asker_id, introducer_id, target_id, reason,
            status, asked_at)
        VALUES (?, ?, ?, ?, ?, 'ASKED', ?) ON CONFLICT (request_id) DO NOTHING
        """,
        e.requestId(),
        e.askerId(),
        e.introducerId(),
        e.targetId(),
        e.reason(),
        Timestamp.from(at));
  }

  @EventHandler
  void on(IntroductionRequestDeclined e) {
    jdbc.update(
        "UPDATE introduction_request SET status = 'DECLINED', decline_reason = ? WHERE request_id = ?",
        e.reason(),
        e.requestId());
  }

  @EventHandler
  void on(IntroductionRequestTakenUp e) {
    jdbc.update(
        "UPDATE introduction_request SET status = 'PROPOSED', introduction_id = ? WHERE request_id = ?",
        e.introductionId(),
        e.requestId());
  }

  @ResetHandler
  void onReset() {
    jdbc.execute("TRUNCATE introduction_request");
  }

  @QueryHandler
  public List<IntroductionRequestView> handle(FindIntroductionRequestsOf query) {
    return jdbc.query(
        """
        SELECT * FROM introduction_request WHERE ? IN (asker_id, introducer_id)
        ORDER BY asked_at DESC, request_id
        """,
        (rs, i) -> map(rs),
        query.memberId());
  }

  private static IntroductionRequestView map(ResultSet rs) throws SQLException {
    return new IntroductionRequestView(
        rs.getString("request_id"),
        rs.getString("asker_id"),
        rs.getString("introducer_id"),
        rs.getString("target_id"),
        rs.getString("reason"),
        IntroductionRequestStatus.valueOf(rs.getString("status")),
        rs.getString("decline_reason"),
        rs.getString("introduction_id"),
        rs.getTimestamp("asked_at").toInstant());
  }
}
