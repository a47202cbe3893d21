package org.medsoc.member.acting;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.medsoc.member.introduction.api.IntroductionProposed;
import org.medsoc.member.mentorship.api.MentorshipRequested;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Who takes part in each networking record: the introducer and both sides of an introduction, the
 * mentee and mentor of a mentorship. Written in the transaction that stores the record's first
 * event, so access rules admit exactly the parties from the first moment.
 */
@Component
@ProcessingGroup(Parties.PROCESSING_GROUP)
public class Parties {

  public static final String PROCESSING_GROUP = "parties";

  private final JdbcTemplate jdbc;

  public Parties(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  @EventHandler
  void on(IntroductionProposed event) {
    record(
        event.introductionId(),
        event.introducerId(),
        event.firstMemberId(),
        event.secondMemberId());
  }

  @EventHandler
  void on(MentorshipRequested event) {
    record(event.mentorshipId(), event.menteeId(), event.mentorId());
  }

  public boolean isParty(String recordId, String memberId) {
    return memberId != null
        && Boolean.TRUE.equals(
            jdbc.queryForObject(
                "SELECT EXISTS (SELECT 1 FROM party WHERE record_id = ? AND member_id = ?)",
                Boolean.class,
                recordId,
                memberId));
  }

  private void record(String recordId, String... members) {
    for (String member : members) {
      jdbc.update(
          "INSERT INTO party (record_id, member_id) VALUES (?, ?) ON CONFLICT DO NOTHING",
          recordId,
          member);
    }
  }
}
