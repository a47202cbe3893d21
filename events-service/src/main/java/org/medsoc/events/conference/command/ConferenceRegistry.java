package org.medsoc.events.conference.command;

import java.sql.Date;
import java.time.LocalDate;
import java.util.Optional;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.medsoc.events.conference.api.ConferenceScheduled;
import org.medsoc.events.conference.api.Registered;
import org.medsoc.events.conference.api.Waitlisted;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Which society each conference belongs to, known from the moment it is scheduled, and whom each
 * registration is for.
 */
@Component
@ProcessingGroup(ConferenceRegistry.PROCESSING_GROUP)
public class ConferenceRegistry {

  public static final String PROCESSING_GROUP = "conference-registry";

  /** What access rules and publishers need to know of a conference. */
  public record ConferenceFacts(
      String conferenceId,
      String societyId,
      String name,
      String timeZone,
      LocalDate startDate,
      LocalDate endDate,
      String currency) {}

  private final JdbcTemplate jdbc;

  public ConferenceRegistry(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  @EventHandler
  void on(ConferenceScheduled event) {
    jdbc.update(
        """
        INSERT INTO conference_registry (conference_id, society_id, name, time_zone, start_date,
            end_date, currency)
        VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING
        """,
        event.conferenceId(),
        event.societyId(),
        event.name(),
        event.timeZone(),
        Date.valueOf(event.startDate()),
        Date.valueOf(event.endDate()),
        event.currency());
  }

  @EventHandler
  void on(Registered event) {
    registrant(event.registrationId(), event.conferenceId(), event.memberId());
  }

  @EventHandler
  void on(Waitlisted event) {
    registrant(event.registrationId(), event.conferenceId(), event.memberId());
  }

  private void registrant(String registrationId, String conferenceId, String memberId) {
    jdbc.update(
        "INSERT INTO registration_registry (registration_id, conference_id, member_id)"
            + " VALUES (?, ?, ?) ON CONFLICT DO NOTHING",
        registrationId,
        conferenceId,
        memberId);
  }

  /** The member a registration at this conference is for. */
  public Optional<String> registrantOf(String conferenceId, String registrationId) {
    return jdbc
        .queryForList(
            "SELECT member_id FROM registration_registry WHERE registration_id = ?"
                + " AND conference_id = ?",
            String.class,
            registrationId,
            conferenceId)
        .stream()
        .findFirst();
  }

  public Optional<ConferenceFacts> find(String conferenceId) {
    return jdbc
        .query(
            "SELECT * FROM conference_registry WHERE conference_id = ?",
            (rs, i) ->
                new ConferenceFacts(
                    rs.getString("conference_id"),
                    rs.getString("society_id"),
                    rs.getString("name"),
                    rs.getString("time_zone"),
                    rs.getDate("start_date").toLocalDate(),
                    rs.getDate("end_date").toLocalDate(),
                    rs.getString("currency")),
            conferenceId)
        .stream()
        .findFirst();
  }

  public Optional<String> societyOf(String conferenceId) {
    return find(conferenceId).map(ConferenceFacts::societyId);
  }
}
