package org.medsoc.committee.committee.command;

import java.time.LocalDate;
import java.util.Optional;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.medsoc.committee.committee.api.AppointmentEnded;
import org.medsoc.committee.committee.api.AppointmentRenewed;
import org.medsoc.committee.committee.api.CommitteeCreated;
import org.medsoc.committee.committee.api.MemberAppointed;
import org.medsoc.committee.committee.api.SeatRole;
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

  @EventHandler
  void on(MemberAppointed event) {
    if (event.role() == SeatRole.CHAIR || event.role() == SeatRole.VICE_CHAIR) {
      jdbc.update(
          """
          INSERT INTO chair_seat (appointment_id, committee_id, member_id, term_start, term_end)
          VALUES (?, ?, ?, ?, ?) ON CONFLICT DO NOTHING
          """,
          event.appointmentId(),
          event.committeeId(),
          event.memberId(),
          event.termStart(),
          event.termEnd());
    }
  }

  @EventHandler
  void on(AppointmentRenewed event) {
    jdbc.update(
        "UPDATE chair_seat SET term_end = ? WHERE appointment_id = ?",
        event.termEnd(),
        event.appointmentId());
  }

  @EventHandler
  void on(AppointmentEnded event) {
    jdbc.update(
        "UPDATE chair_seat SET ended_on = ? WHERE appointment_id = ?",
        event.endedOn(),
        event.appointmentId());
  }

  /**
   * Whether the member chairs the committee on this day: appointed CHAIR or VICE_CHAIR, the term
   * covers the day and the appointment had not ended by then. A vice chair runs the committee's
   * business with the chair (and in their absence), as societies' bylaws usually have it; the rule
   * that nobody weighs a submission about themself holds for both.
   */
  public boolean chairs(String memberId, String committeeId, LocalDate day) {
    return Boolean.TRUE.equals(
        jdbc.queryForObject(
            """
            SELECT EXISTS (SELECT 1 FROM chair_seat
              WHERE member_id = ? AND committee_id = ? AND term_start <= ? AND term_end >= ?
                AND (ended_on IS NULL OR ended_on > ?))
            """,
            Boolean.class,
            memberId,
            committeeId,
            day,
            day,
            day));
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
