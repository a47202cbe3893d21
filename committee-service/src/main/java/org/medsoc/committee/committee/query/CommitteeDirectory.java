package org.medsoc.committee.committee.query;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.Date;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.queryhandling.QueryHandler;
import org.medsoc.committee.committee.api.*;
import org.medsoc.committee.committee.api.CommitteeSummary;
import org.medsoc.committee.committee.api.FindCommitteesOfSociety;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** Committees and who held which seat on any day. */
@Component
@ProcessingGroup(CommitteeDirectory.PROCESSING_GROUP)
public class CommitteeDirectory {

  public static final String PROCESSING_GROUP = "committees";
  private static final ObjectMapper JSON = new ObjectMapper();

  private final JdbcTemplate jdbc;

  public CommitteeDirectory(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  @EventHandler
  void on(CommitteeCreated event) throws JsonProcessingException {
    jdbc.update(
        """
        INSERT INTO committee (committee_id, society_id, section_id, name, charter, seat_plan,
            default_term_years, award_committee, carry_over_nominations)
        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (committee_id) DO NOTHING
        """,
        event.committeeId(),
        event.societyId(),
        event.sectionId(),
        event.name(),
        event.charter(),
        JSON.writeValueAsString(event.seatPlan()),
        event.defaultTermYears(),
        event.awardCommittee(),
        event.carryOverNominations());
  }

  @EventHandler
  void on(MemberAppointed event) {
    jdbc.update(
        """
        INSERT INTO appointment (appointment_id, committee_id, member_id, role, term_start, term_end,
            submission_id)
        VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT (appointment_id) DO NOTHING
        """,
        event.appointmentId(),
        event.committeeId(),
        event.memberId(),
        event.role().name(),
        Date.valueOf(event.termStart()),
        Date.valueOf(event.termEnd()),
        event.submissionId());
  }

  @EventHandler
  void on(AppointmentEnded event) {
    jdbc.update(
        "UPDATE appointment SET ended_on = ? WHERE appointment_id = ?",
        Date.valueOf(event.endedOn()),
        event.appointmentId());
  }

  @EventHandler
  void on(AppointmentRenewed event) {
    jdbc.update(
        "UPDATE appointment SET term_end = ? WHERE appointment_id = ?",
        Date.valueOf(event.termEnd()),
        event.appointmentId());
  }

  @EventHandler
  void on(AppointmentFlagged event) {
    jdbc.update(
        "UPDATE appointment SET flag = ? WHERE appointment_id = ?",
        event.reason(),
        event.appointmentId());
  }

  /** The appointments a member holds on this day in the committees of a society. */
  public List<String[]> currentAppointments(String memberId, String societyId, LocalDate day) {
    return jdbc.query(
        """
        SELECT a.committee_id, a.appointment_id FROM appointment a JOIN committee c ON c.committee_id = a.committee_id
        WHERE a.member_id = ? AND c.society_id = ? AND a.term_end >= ? AND (a.ended_on IS NULL OR a.ended_on >= ?)
        """,
        (rs, i) -> new String[] {rs.getString("committee_id"), rs.getString("appointment_id")},
        memberId,
        societyId,
        Date.valueOf(day),
        Date.valueOf(day));
  }

  @ResetHandler
  void onReset() {
    jdbc.execute("TRUNCATE committee, appointment");
  }

  @QueryHandler
  public Optional<CommitteeView> handle(FindCommittee query) {
    return jdbc
        .query(
            "SELECT * FROM committee WHERE committee_id = ?",
            (rs, i) -> committee(rs),
            query.committeeId())
        .stream()
        .findFirst();
  }

  @QueryHandler
  public List<CommitteeSummary> handle(FindCommitteesOfSociety query) {
    Date today = Date.valueOf(LocalDate.now(ZoneOffset.UTC));
    return jdbc.query(
        """
        SELECT c.*, (SELECT count(*) FROM appointment a WHERE a.committee_id = c.committee_id
                       AND a.term_start <= ? AND a.term_end >= ?
                       AND (a.ended_on IS NULL OR a.ended_on >= ?)) AS seats_held
        FROM committee c WHERE c.society_id = ? ORDER BY c.name, c.committee_id
        """,
        (rs, i) -> new CommitteeSummary(committee(rs), rs.getInt("seats_held")),
        today,
        today,
        today,
        query.societyId());
  }

  private static CommitteeView committee(java.sql.ResultSet rs) throws java.sql.SQLException {
    try {
      Map<SeatRole, Integer> plan =
          JSON.readValue(rs.getString("seat_plan"), new TypeReference<Map<SeatRole, Integer>>() {});
      return new CommitteeView(
          rs.getString("committee_id"),
          rs.getString("society_id"),
          rs.getString("section_id"),
          rs.getString("name"),
          rs.getString("charter"),
          plan,
          rs.getInt("default_term_years"),
          rs.getBoolean("award_committee"),
          rs.getBoolean("carry_over_nominations"));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The seats held on the given day: the term covers it and the appointment had not ended. */
  @QueryHandler
  public List<RosterEntry> handle(FindRoster query) {
    Date day = Date.valueOf(query.asOf());
    return jdbc.query(
        """
        SELECT * FROM appointment WHERE committee_id = ? AND term_start <= ? AND term_end >= ?
            AND (ended_on IS NULL OR ended_on >= ?)
        ORDER BY role, term_start
        """,
        (rs, i) -> {
          Date ended = rs.getDate("ended_on");
          return new RosterEntry(
              rs.getString("appointment_id"),
              rs.getString("member_id"),
              SeatRole.valueOf(rs.getString("role")),
              rs.getDate("term_start").toLocalDate(),
              rs.getDate("term_end").toLocalDate(),
              ended == null ? null : ended.toLocalDate(),
              rs.getString("flag"));
        },
        query.committeeId(),
        day,
        day,
        day);
  }
}
