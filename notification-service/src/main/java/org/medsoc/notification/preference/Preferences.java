package org.medsoc.notification.preference;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import org.medsoc.kernel.error.DomainException;
import org.medsoc.notification.obligation.Kind;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Each member's choice per kind, kept as a history of choices (who chose, when): the current one is
 * the latest. A kind a process waits on may go to a digest but never off.
 */
@Component
public class Preferences {

  /** One choice made. */
  public record Chosen(Choice choice, Instant chosenAt) {}

  /** A kind as the member has it now, with every choice they made for it. */
  public record KindPreference(
      Kind kind, Kind.Area area, Choice choice, boolean required, List<Chosen> history) {}

  private static final LocalTime DIGEST_TIME = LocalTime.of(7, 0);

  private final JdbcTemplate jdbc;

  public Preferences(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  public void choose(String memberId, Kind kind, Choice choice, String chosenBy) {
    if (kind.required() && choice == Choice.OFF) {
      throw DomainException.invalid(
          "choice", "this notice asks for your answer: choose a digest rather than off");
    }
    jdbc.update(
        "INSERT INTO preference_choice (member_id, kind, choice, chosen_at, chosen_by)"
            + " VALUES (?, ?, ?, now(), ?)",
        memberId,
        kind.name(),
        choice.name(),
        chosenBy);
  }

  public Choice of(String memberId, Kind kind) {
    return jdbc
        .queryForList(
            "SELECT choice FROM preference_choice WHERE member_id = ? AND kind = ?"
                + " ORDER BY choice_id DESC LIMIT 1",
            String.class,
            memberId,
            kind.name())
        .stream()
        .findFirst()
        .map(Choice::valueOf)
        .orElse(kind.defaultChoice());
  }

  public List<KindPreference> all(String memberId) {
    List<KindPreference> all = new ArrayList<>();
    for (Kind kind : Kind.values()) {
      List<Chosen> history =
          jdbc.query(
              "SELECT choice, chosen_at FROM preference_choice WHERE member_id = ? AND kind = ?"
                  + " ORDER BY choice_id",
              (rs, i) ->
                  new Chosen(
                      Choice.valueOf(rs.getString("choice")),
                      rs.getTimestamp("chosen_at").toInstant()),
              memberId,
              kind.name());
      Choice now =
          history.isEmpty() ? kind.defaultChoice() : history.get(history.size() - 1).choice();
      all.add(new KindPreference(kind, kind.area(), now, kind.required(), history));
    }
    return all;
  }

  /** When a digest of this choice next goes out after the given instant. */
  public static Instant nextDigest(Choice choice, Instant after) {
    LocalDate day = LocalDate.ofInstant(after, ZoneOffset.UTC);
    Instant today = day.atTime(DIGEST_TIME).toInstant(ZoneOffset.UTC);
    if (choice == Choice.WEEKLY) {
      LocalDate monday = day.with(TemporalAdjusters.nextOrSame(DayOfWeek.MONDAY));
      Instant at = monday.atTime(DIGEST_TIME).toInstant(ZoneOffset.UTC);
      return at.isAfter(after)
          ? at
          : monday.plusWeeks(1).atTime(DIGEST_TIME).toInstant(ZoneOffset.UTC);
    }
    return today.isAfter(after)
        ? today
        : day.plusDays(1).atTime(DIGEST_TIME).toInstant(ZoneOffset.UTC);
  }
}
