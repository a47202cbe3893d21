package org.medsoc.member.contact.query;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.Arrays;
import java.util.List;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.queryhandling.QueryHandler;
import org.medsoc.member.contact.api.*;
import org.medsoc.member.member.api.MemberErased;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** A member's contact log and the follow-ups it asks of them. */
@Component
@ProcessingGroup(ContactLog.PROCESSING_GROUP)
public class ContactLog {

  public static final String PROCESSING_GROUP = "contact-log";

  private final JdbcTemplate jdbc;

  public ContactLog(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  /**
   * An erased member's log is theirs no more to read: it leaves the view (its events stay, sealed).
   */
  @EventHandler
  void on(MemberErased e) {
    jdbc.update("DELETE FROM contact WHERE owner_id = ?", e.memberId());
  }

  @EventHandler
  void on(ContactLogged e) {
    jdbc.update(
        """
        INSERT INTO contact (contact_id, owner_id, name, role, institution, where_met, interests,
            last_contact_on, last_contact_note, next_step, next_step_due, touch_base_months)
        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (contact_id) DO NOTHING
        """,
        ps -> {
          ps.setString(1, e.contactId());
          ps.setString(2, e.ownerId());
          ps.setString(3, e.name());
          ps.setString(4, e.role());
          ps.setString(5, e.institution());
          ps.setString(6, e.whereMet());
          ps.setArray(
              7,
              ps.getConnection()
                  .createArrayOf(
                      "text", e.interests() == null ? new Object[0] : e.interests().toArray()));
          ps.setDate(8, e.lastContactOn() == null ? null : Date.valueOf(e.lastContactOn()));
          ps.setString(9, e.lastContactNote());
          ps.setString(10, e.nextStep());
          ps.setDate(11, e.nextStepDue() == null ? null : Date.valueOf(e.nextStepDue()));
          ps.setObject(12, e.touchBaseMonths(), java.sql.Types.INTEGER);
        });
  }

  @EventHandler
  void on(ContactTouched e) {
    jdbc.update(
        """
        UPDATE contact SET last_contact_on = ?, last_contact_note = ?, next_step = ?, next_step_due = ?
        WHERE contact_id = ?
        """,
        Date.valueOf(e.contactedOn()),
        e.note(),
        e.nextStep(),
        e.nextStepDue() == null ? null : Date.valueOf(e.nextStepDue()),
        e.contactId());
  }

  @ResetHandler
  void onReset() {
    jdbc.execute("TRUNCATE contact");
  }

  /**
   * All contacts by name; or those whose next step falls due from today to the end of this week
   * (Sunday); or those whose next step was due before today.
   */
  @QueryHandler
  public List<ContactView> handle(FindContacts query) {
    LocalDate today = query.today();
    return switch (query.followUps()) {
      case ALL ->
          jdbc.query(
              "SELECT * FROM contact WHERE owner_id = ? ORDER BY name",
              (rs, i) -> map(rs),
              query.ownerId());
      case DUE_THIS_WEEK ->
          jdbc.query(
              "SELECT * FROM contact WHERE owner_id = ? AND next_step_due BETWEEN ? AND ? ORDER BY next_step_due, name",
              (rs, i) -> map(rs),
              query.ownerId(),
              Date.valueOf(today),
              Date.valueOf(today.with(TemporalAdjusters.nextOrSame(DayOfWeek.SUNDAY))));
      case OVERDUE ->
          jdbc.query(
              "SELECT * FROM contact WHERE owner_id = ? AND next_step_due < ? ORDER BY next_step_due, name",
              (rs, i) -> map(rs),
              query.ownerId(),
              Date.valueOf(today));
    };
  }

  private static ContactView map(ResultSet rs) throws SQLException {
    Date last = rs.getDate("last_contact_on");
    Date due = rs.getDate("next_step_due");
    return new ContactView(
        rs.getString("contact_id"),
        rs.getString("name"),
        rs.getString("role"),
        rs.getString("institution"),
        rs.getString("where_met"),
        Arrays.asList((String[]) rs.getArray("interests").getArray()),
        last == null ? null : last.toLocalDate(),
        rs.getString("last_contact_note"),
        rs.getString("next_step"),
        due == null ? null : due.toLocalDate(),
        (Integer) rs.getObject("touch_base_months"));
  }
}
