package org.medsoc.committee.committee.command;

import java.util.Optional;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.medsoc.committee.committee.api.CommitteeCreated;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** Which society each committee belongs to, known from the moment it is created. */
@Component
@ProcessingGroup(CommitteeSocieties.PROCESSING_GROUP)
public class CommitteeSocieties {

  public static final String PROCESSING_GROUP = "committee-societies";

  private final JdbcTemplate jdbc;

  public CommitteeSocieties(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  @EventHandler
  void on(CommitteeCreated event) {
    jdbc.update(
        "INSERT INTO committee_society (committee_id, society_id) VALUES (?, ?) ON CONFLICT DO NOTHING",
        event.committeeId(),
        event.societyId());
  }

  public Optional<String> societyOf(String committeeId) {
    return jdbc
        .queryForList(
            "SELECT society_id FROM committee_society WHERE committee_id = ?",
            String.class,
            committeeId)
        .stream()
        .findFirst();
  }
}
