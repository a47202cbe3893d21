package org.medsoc.notification.obligation;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;

/**
 * How an obligation names people and things, and when a reminder of a day goes out. A name is not
 * copied into the ledger: the mail shows it as it is when the mail is written.
 */
public final class Words {

  /** An argument naming a member, shown in the mail as their name. */
  public static final String MEMBER = "member:";

  /** An argument naming a conference, shown in the mail as its name. */
  public static final String CONFERENCE = "conference:";

  /** An argument naming a committee seat, shown in the mail in the bundle's words. */
  public static final String ROLE = "role:";

  /** Reminders of a day go out in its morning, in the time zone the day is counted in. */
  private static final LocalTime MORNING = LocalTime.of(8, 0);

  private Words() {}

  public static String member(String memberId) {
    return MEMBER + memberId;
  }

  public static String conference(String conferenceId) {
    return CONFERENCE + conferenceId;
  }

  public static String role(String role) {
    return ROLE + role;
  }

  static Instant morningOf(LocalDate day, ZoneId zone) {
    return day.atTime(MORNING).atZone(zone).toInstant();
  }

  /** A reminder whose day has passed when its fact is heard goes out now. */
  static Instant notBefore(Instant due, Instant now) {
    return due.isAfter(now) ? due : now;
  }
}
