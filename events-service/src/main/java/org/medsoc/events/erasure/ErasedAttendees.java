package org.medsoc.events.erasure;

import org.medsoc.platform.personal.ErasedMemberViews;
import org.medsoc.platform.personal.PersonalData;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * What the views hold of an erased attendee's own words (the purpose of a meeting they asked for,
 * their answer to an invitation, the reason given for their abstract) reads as erased, as their
 * events do once their key is gone; the meetings, invitations and abstracts stay.
 */
@Component
public class ErasedAttendees implements ErasedMemberViews {

  private final JdbcTemplate jdbc;

  public ErasedAttendees(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  @Override
  public void scrub(String member) {
    String mark = PersonalData.ERASED;
    jdbc.update("UPDATE meeting_view SET purpose = ? WHERE requester_id = ?", mark, member);
    jdbc.update(
        "UPDATE invitation_view SET reason = ? WHERE member_id = ? AND reason IS NOT NULL",
        mark,
        member);
    jdbc.update(
        "UPDATE abstract_view SET decision_reason = ? WHERE member_id = ?"
            + " AND decision_reason IS NOT NULL",
        mark,
        member);
  }
}
