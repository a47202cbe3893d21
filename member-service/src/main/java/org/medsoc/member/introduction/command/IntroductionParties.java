package org.medsoc.member.introduction.command;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.medsoc.member.introduction.api.IntroductionProposed;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The introducer and the two sides of each introduction, written in the transaction that stores the
 * proposal, so access rules can admit exactly the parties from the first moment.
 */
@Component
@ProcessingGroup(IntroductionParties.PROCESSING_GROUP)
public class IntroductionParties {

  public static final String PROCESSING_GROUP = "introduction-parties";

  private final JdbcTemplate jdbc;

  public IntroductionParties(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  @EventHandler
  void on(IntroductionProposed event) {
    for (String member :
        new String[] {event.introducerId(), event.firstMemberId(), event.secondMemberId()}) {
      jdbc.update(
          "INSERT INTO introduction_party (introduction_id, member_id) VALUES (?, ?) ON CONFLICT DO NOTHING",
          event.introductionId(),
          member);
    }
  }

  public boolean isParty(String introductionId, String memberId) {
    return memberId != null
        && Boolean.TRUE.equals(
            jdbc.queryForObject(
                "SELECT EXISTS (SELECT 1 FROM introduction_party WHERE introduction_id = ? AND member_id = ?)",
                Boolean.class,
                introductionId,
                memberId));
  }
}
