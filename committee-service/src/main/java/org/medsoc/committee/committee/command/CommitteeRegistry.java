package org.medsoc.committee.committee.command;

import java.util.Optional;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.medsoc.committee.committee.api.CommitteeCreated;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * What commands and access rules need to know of each committee, known from the moment it is
 * created: written in the transaction of the event.
 */
@Component
@ProcessingGroup(CommitteeRegistry.PROCESSING_GROUP)
public class CommitteeRegistry implements Committees {

  public static final String PROCESSING_GROUP = "committee-registry";

  /** A committee's society and the policies its calls follow. */
  public record CommitteeFacts(
      String committeeId,
      String societyId,
      String name,
      int defaultTermYears,
      boolean awardCommittee,
      boolean carryOverNominations) {}

  private final JdbcTemplate jdbc;

  public CommitteeRegistry(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  @EventHandler
  void on(CommitteeCreated event) {
    jdbc.update(
        """
        INSERT INTO committee_registry (committee_id, society_id, name, default_term_years,
            award_committee, carry_over_nominations)
        VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING
        """,
        event.committeeId(),
        event.societyId(),
        event.name(),
        event.defaultTermYears(),
        event.awardCommittee(),
        event.carryOverNominations());
  }

  public Optional<String> societyOf(String committeeId) {
    return find(committeeId).map(CommitteeFacts::societyId);
  }

  @Override
  public Optional<CommitteeFacts> find(String committeeId) {
    return jdbc
        .query(
            "SELECT * FROM committee_registry WHERE committee_id = ?",
            (rs, i) ->
                new CommitteeFacts(
                    rs.getString("committee_id"),
                    rs.getString("society_id"),
                    rs.getString("name"),
                    rs.getInt("default_term_years"),
                    rs.getBoolean("award_committee"),
                    rs.getBoolean("carry_over_nominations")),
            committeeId)
        .stream()
        .findFirst();
  }
}
