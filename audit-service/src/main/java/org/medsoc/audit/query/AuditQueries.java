package org.medsoc.audit.query;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.Array;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import org.medsoc.kernel.json.KernelJson;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The audit's questions, answered from the actions as they were recorded. A scope of societies
 * limits the answer for staff of some societies; null is every society (auditors).
 */
@Component
public class AuditQueries {

  private static final ObjectMapper JSON = KernelJson.newObjectMapper();

  /** One recorded action. */
  public record Action(
      String actionId,
      Instant occurredAt,
      String kind,
      String step,
      String subjectId,
      String relatedId,
      String societyId,
      String sponsorId,
      List<String> members,
      String actor,
      String onBehalfOf,
      String correlationId,
      String causationId,
      String reason,
      JsonNode detail,
      List<String> erasedMembers) {

    Action withErased(Set<String> erased) {
      List<String> these = members.stream().filter(erased::contains).toList();
      return new Action(
          actionId,
          occurredAt,
          kind,
          step,
          subjectId,
          relatedId,
          societyId,
          sponsorId,
          members,
          actor,
          onBehalfOf,
          correlationId,
          causationId,
          reason,
          detail,
          these);
    }
  }

  /** A page of an answer; {@code hasMore} tells whether the next page has anything. */
  public record Page<T>(List<T> items, int page, int size, boolean hasMore) {}

  /**
   * Who sat on the committee on the day, and how they came to (nomination, application, direct).
   */
  public record RosterLine(
      String appointmentId,
      String memberId,
      String role,
      LocalDate termStart,
      LocalDate termEnd,
      LocalDate endedOn,
      String source,
      String submissionId,
      String nominatorId,
      String sponsorshipId,
      String appointedBy) {}

  /** A nomination of a member and where it stands. */
  public record Nomination(
      String nominationId,
      String callId,
      String committeeId,
      String societyId,
      String purpose,
      String title,
      String nominatorId,
      String sponsorshipId,
      String carriedFrom,
      String status,
      Instant submittedAt) {}

  /**
   * The sponsorship a nomination was made under, as member-service confirmed it (its NOMINATED
   * action): a nomination's own claim is shown under no sponsorship until then.
   */
  private static final String CONFIRMED_SPONSORSHIP =
      "(SELECT s.subject_id FROM audit_action s WHERE s.kind = 'SPONSORSHIP'"
          + " AND s.step = 'NOMINATED' AND s.related_id = n.nomination_id"
          + " ORDER BY s.occurred_at LIMIT 1)";

  private final JdbcTemplate jdbc;
  private final JdbcTemplate streaming;
  private final TransactionTemplate readOnly;

  public AuditQueries(JdbcTemplate jdbc, TransactionTemplate transactions) {
    this.jdbc = jdbc;
    this.streaming = new JdbcTemplate(jdbc.getDataSource());
    this.streaming.setFetchSize(1000);
    this.readOnly = new TransactionTemplate(transactions.getTransactionManager());
    this.readOnly.setReadOnly(true);
  }

  public Optional<String> societyOfCommittee(String committeeId) {
    return jdbc
        .queryForList(
            "SELECT society_id FROM audit_appointment WHERE committee_id = ? LIMIT 1",
            String.class,
            committeeId)
        .stream()
        .findFirst();
  }

  /**
   * The seats held on the day (the term covers it and the appointment had not ended before), with
   * who nominated each member when the seat came from a nomination.
   */
  public List<RosterLine> roster(String committeeId, LocalDate day) {
    Date on = Date.valueOf(day);
    return jdbc.query(
        """
        SELECT a.*, n.nominator_id,
        """
            + CONFIRMED_SPONSORSHIP
            + """
         AS sponsorship_id,
               CASE WHEN a.submission_id IS NULL THEN 'DIRECT'
                    WHEN n.nomination_id IS NOT NULL THEN 'NOMINATION' ELSE 'APPLICATION' END AS source
        FROM audit_appointment a LEFT JOIN audit_nomination n ON n.nomination_id = a.submission_id
        WHERE a.committee_id = ? AND a.term_start <= ? AND a.term_end >= ?
          AND (a.ended_on IS NULL OR a.ended_on >= ?)
        ORDER BY a.role, a.term_start, a.appointment_id
        """,
        (rs, i) ->
            new RosterLine(
                rs.getString("appointment_id"),
                rs.getString("member_id"),
                rs.getString("role"),
                day(rs, "term_start"),
                day(rs, "term_end"),
                day(rs, "ended_on"),
                rs.getString("source"),
                rs.getString("submission_id"),
                rs.getString("nominator_id"),
                rs.getString("sponsorship_id"),
                rs.getString("appointed_by")),
        committeeId,
        on,
        on,
        on);
  }

  /** Everything a member did as a sponsor between two days (inclusive). */
  public Page<Action> actionsOfSponsor(
      String sponsorId, LocalDate from, LocalDate to, Set<String> societies, int page, int size) {
    return page(
        "a.sponsor_id = ? AND a.kind <> 'NOMINATION' AND a.occurred_at >= ? AND a.occurred_at < ?",
        List.of(sponsorId, start(from), start(to.plusDays(1))),
        societies,
        page,
        size);
  }

  /** Every action a member took part in, oldest first. */
  public Page<Action> timelineOfMember(String memberId, Set<String> societies, int page, int size) {
    return page("a.members @> ARRAY[?]::text[]", List.of(memberId), societies, page, size);
  }

  /**
   * Every nomination of a member and where it stands: now, or as it stood at the end of a day (the
   * nominations made by then, each at its last step by then).
   */
  public Page<Nomination> nominationsOf(
      String memberId, LocalDate asOf, Set<String> societies, int page, int size) {
    List<Object> args = new ArrayList<>();
    String status = "n.status";
    String when = "";
    if (asOf != null) {
      Timestamp end = endOf(asOf);
      status =
          "(SELECT s.step FROM audit_action s WHERE s.kind = 'NOMINATION'"
              + " AND s.subject_id = n.nomination_id AND s.occurred_at < ?"
              + " ORDER BY s.occurred_at DESC LIMIT 1)";
      args.add(end);
      when = " AND n.submitted_at < ?";
    }
    args.add(memberId);
    if (asOf != null) {
      args.add(endOf(asOf));
    }
    String scope = "";
    if (societies != null) {
      scope = " AND n.society_id = ANY (?)";
      args.add(societies.toArray(String[]::new));
    }
    args.add(size + 1);
    args.add((long) page * size);
    List<Nomination> rows =
        jdbc.query(
            "SELECT n.*, "
                + status
                + " AS shown_status, "
                + CONFIRMED_SPONSORSHIP
                + " AS confirmed_sponsorship FROM audit_nomination n WHERE n.nominee_id = ?"
                + when
                + scope
                + " ORDER BY n.submitted_at, n.nomination_id LIMIT ? OFFSET ?",
            (rs, i) ->
                new Nomination(
                    rs.getString("nomination_id"),
                    rs.getString("call_id"),
                    rs.getString("committee_id"),
                    rs.getString("society_id"),
                    rs.getString("purpose"),
                    rs.getString("title"),
                    rs.getString("nominator_id"),
                    rs.getString("confirmed_sponsorship"),
                    rs.getString("carried_from"),
                    rs.getString("shown_status"),
                    rs.getTimestamp("submitted_at").toInstant()),
            args.toArray());
    return trimmed(rows, page, size);
  }

  /** The smallest count fairness shows: a group of fewer people could be told apart. */
  public static final int SMALLEST_GROUP = 5;

  /** What fairness counts people by: where they stood at the time of each fact. */
  public enum FairnessGroup {
    /** The training level of the membership state valid then, as a career stage. */
    CAREER_STAGE(
        """
        CASE WHEN st.training_level LIKE 'MS%' THEN 'STUDENT'
             WHEN st.training_level LIKE 'PGY%' THEN 'RESIDENT'
             WHEN st.training_level = 'FELLOW' THEN 'FELLOW'
             WHEN st.training_level = 'ATTENDING' THEN 'ATTENDING'
             ELSE 'UNKNOWN' END"""),
    /** Each section the person belonged to then (a person in two sections counts in both). */
    SECTION(
        "unnest(CASE WHEN cardinality(st.section_ids) > 0 THEN st.section_ids"
            + " ELSE ARRAY['NONE'] END)"),
    /** The institution the person worked at then. */
    INSTITUTION("coalesce(nullif(st.institution, ''), 'UNKNOWN')");

    private final String expression;

    FairnessGroup(String expression) {
      this.expression = expression;
    }
  }

  /**
   * How many were nominated, sponsored, introduced or appointed in a year, by where they stood
   * then.
   *
   * @param group the career stage, section id or institution; UNKNOWN when no membership state was
   *     recorded then, NONE for no section
   * @param count the count, or absent when it is below {@link #SMALLEST_GROUP}
   */
  public record FairnessCount(
      int year, String measure, FairnessGroup by, String group, Long count) {}

  /**
   * Who is nominated, sponsored (recommended, nominated or written a letter for by a sponsor),
   * introduced (either side of an introduction) and appointed, per year, by career stage, section
   * or institution at the time (the membership state valid then). Staff see their societies'
   * nominations and appointments; sponsorships and introductions belong to no society, and only
   * auditors see them.
   */
  public List<FairnessCount> fairness(
      int fromYear, int toYear, FairnessGroup by, Set<String> societies) {
    List<Object> args = new ArrayList<>(List.of(fromYear, toYear));
    String scope = "";
    if (societies != null) {
      scope = " AND f.society_id = ANY (?)";
      args.add(societies.toArray(String[]::new));
    }
    return jdbc.query(
        """
        WITH facts AS (
          SELECT a.occurred_at, a.society_id, 'NOMINATED' AS measure, a.detail ->> 'nomineeId' AS person
            FROM audit_action a WHERE a.kind = 'NOMINATION' AND a.step = 'SUBMITTED'
          UNION ALL
          SELECT a.occurred_at, a.society_id, 'SPONSORED', a.detail ->> 'protegeId'
            FROM audit_action a WHERE a.kind = 'SPONSORSHIP'
             AND a.step IN ('RECOMMENDED', 'NOMINATED', 'LETTER_SUBMITTED')
          UNION ALL
          SELECT a.occurred_at, a.society_id, 'INTRODUCED', a.detail ->> 'firstMemberId'
            FROM audit_action a WHERE a.kind = 'INTRODUCTION' AND a.step = 'PROPOSED'
          UNION ALL
          SELECT a.occurred_at, a.society_id, 'INTRODUCED', a.detail ->> 'secondMemberId'
            FROM audit_action a WHERE a.kind = 'INTRODUCTION' AND a.step = 'PROPOSED'
          UNION ALL
          SELECT a.occurred_at, a.society_id, 'APPOINTED', a.detail ->> 'memberId'
            FROM audit_action a WHERE a.kind = 'APPOINTMENT' AND a.step = 'APPOINTED'
        ), grouped AS (
          SELECT extract(year FROM f.occurred_at AT TIME ZONE 'UTC')::int AS year, f.measure,
                 %s AS grp
            FROM facts f
            LEFT JOIN LATERAL (
              SELECT s.training_level, s.section_ids, s.institution FROM audit_membership_state s
               WHERE s.member_id = f.person AND s.valid_from <= f.occurred_at
                 AND (f.society_id IS NULL OR s.society_id = f.society_id)
               ORDER BY s.valid_from DESC, s.member_version DESC LIMIT 1) st ON TRUE
           WHERE extract(year FROM f.occurred_at AT TIME ZONE 'UTC') BETWEEN ? AND ?%s
        )
        SELECT year, measure, grp, count(*) AS n FROM grouped
         GROUP BY 1, 2, 3 ORDER BY 1, 2, 3"""
            .formatted(by.expression, scope),
        (rs, i) -> {
          long n = rs.getLong("n");
          return new FairnessCount(
              rs.getInt("year"),
              rs.getString("measure"),
              by,
              rs.getString("grp"),
              n < SMALLEST_GROUP ? null : n);
        },
        args.toArray());
  }

  /** A membership as it stood on a day, and whether that was good standing (active). */
  public record Standing(
      String societyId,
      String status,
      String category,
      String trainingLevel,
      LocalDate paidThrough,
      List<String> sectionIds,
      Instant since,
      String change,
      String recordedBy,
      boolean goodStanding) {}

  /**
   * Each membership of the member as it stood at the end of a day, from the states member-service
   * published: the last one published by then, per society.
   */
  public List<Standing> standingOf(String memberId, LocalDate asOf, Set<String> societies) {
    List<Object> args = new ArrayList<>(List.of(memberId, endOf(asOf)));
    String scope = "";
    if (societies != null) {
      scope = " AND society_id = ANY (?)";
      args.add(societies.toArray(String[]::new));
    }
    return jdbc.query(
        """
        SELECT DISTINCT ON (society_id) * FROM audit_membership_state
        WHERE member_id = ? AND valid_from < ?"""
            + scope
            + " ORDER BY society_id, valid_from DESC, member_version DESC",
        (rs, i) -> {
          java.sql.Date paid = rs.getDate("paid_through");
          return new Standing(
              rs.getString("society_id"),
              rs.getString("status"),
              rs.getString("category"),
              rs.getString("training_level"),
              paid == null ? null : paid.toLocalDate(),
              java.util.Arrays.asList((String[]) rs.getArray("section_ids").getArray()),
              rs.getTimestamp("valid_from").toInstant(),
              rs.getString("change"),
              rs.getString("actor"),
              "ACTIVE".equals(rs.getString("status")));
        },
        args.toArray());
  }

  private static Timestamp endOf(LocalDate day) {
    return Timestamp.from(day.plusDays(1).atStartOfDay(java.time.ZoneOffset.UTC).toInstant());
  }

  public Optional<String> societyOfNomination(String nominationId) {
    return jdbc
        .queryForList(
            "SELECT society_id FROM audit_nomination WHERE nomination_id = ? AND society_id IS NOT NULL",
            String.class,
            nominationId)
        .stream()
        .findFirst();
  }

  public boolean nominationExists(String nominationId) {
    return Boolean.TRUE.equals(
        jdbc.queryForObject(
            "SELECT EXISTS (SELECT 1 FROM audit_nomination WHERE nomination_id = ?)",
            Boolean.class,
            nominationId));
  }

  /**
   * The whole story of one nomination: its steps, the sponsorship actions and appointment that name
   * it, the later steps of that appointment, and what the same decisions caused elsewhere (the line
   * on the professional record), in time order.
   */
  public List<Action> timelineOfNomination(String nominationId) {
    return markErased(
        jdbc.query(
            """
        WITH base AS (
            SELECT * FROM audit_action WHERE subject_id = ? OR related_id = ?
        ), appointments AS (
            SELECT subject_id FROM base WHERE kind = 'APPOINTMENT'
        ), story AS (
            SELECT * FROM base
            UNION
            SELECT a.* FROM audit_action a WHERE a.subject_id IN (SELECT subject_id FROM appointments)
            UNION
            SELECT a.* FROM audit_action a
            WHERE a.causation_id IN (SELECT causation_id FROM base WHERE causation_id IS NOT NULL)
        )
        SELECT * FROM story a ORDER BY a.occurred_at, a.action_id
        """,
            (rs, i) -> action(rs),
            nominationId,
            nominationId));
  }

  /** How many actions an export of these days would hold. */
  public long countBetween(LocalDate from, LocalDate to, Set<String> societies) {
    List<Object> args = new ArrayList<>(List.of(start(from), start(to.plusDays(1))));
    String scope = scope(societies, args);
    return jdbc.queryForObject(
        "SELECT count(*) FROM audit_action a WHERE a.occurred_at >= ? AND a.occurred_at < ?"
            + scope,
        Long.class,
        args.toArray());
  }

  /** Streams the actions of these days, oldest first, with a cursor: memory stays flat. */
  public void streamBetween(
      LocalDate from, LocalDate to, Set<String> societies, Consumer<Action> sink) {
    List<Object> args = new ArrayList<>(List.of(start(from), start(to.plusDays(1))));
    String scope = scope(societies, args);
    readOnly.executeWithoutResult(
        status ->
            streaming.query(
                "SELECT * FROM audit_action a WHERE a.occurred_at >= ? AND a.occurred_at < ?"
                    + scope
                    + " ORDER BY a.occurred_at, a.action_id",
                rs -> {
                  sink.accept(action(rs));
                },
                args.toArray()));
  }

  private Page<Action> page(
      String where, List<Object> whereArgs, Set<String> societies, int page, int size) {
    List<Object> args = new ArrayList<>(whereArgs);
    String scope = scope(societies, args);
    args.add(size + 1);
    args.add((long) page * size);
    List<Action> rows =
        jdbc.query(
            "SELECT * FROM audit_action a WHERE "
                + where
                + scope
                + " ORDER BY a.occurred_at, a.action_id LIMIT ? OFFSET ?",
            (rs, i) -> action(rs),
            args.toArray());
    Page<Action> trimmed = trimmed(rows, page, size);
    return new Page<>(
        markErased(trimmed.items()), trimmed.page(), trimmed.size(), trimmed.hasMore());
  }

  private static <T> Page<T> trimmed(List<T> rows, int page, int size) {
    boolean more = rows.size() > size;
    return new Page<>(more ? rows.subList(0, size) : rows, page, size, more);
  }

  private static String scope(Set<String> societies, List<Object> args) {
    if (societies == null) {
      return "";
    }
    args.add(societies.toArray(String[]::new));
    return " AND a.society_id = ANY (?)";
  }

  private static Timestamp start(LocalDate day) {
    return Timestamp.from(day.atStartOfDay(ZoneOffset.UTC).toInstant());
  }

  /** The facts stay; the members of each that were erased are named as such. */
  private List<Action> markErased(List<Action> actions) {
    Set<String> members = new java.util.HashSet<>();
    actions.forEach(action -> members.addAll(action.members()));
    if (members.isEmpty()) {
      return actions;
    }
    Set<String> erased =
        Set.copyOf(
            jdbc.query(
                "SELECT member_id FROM erased_member WHERE member_id = ANY (?)",
                ps -> ps.setArray(1, ps.getConnection().createArrayOf("text", members.toArray())),
                (rs, i) -> rs.getString(1)));
    return erased.isEmpty()
        ? actions
        : actions.stream().map(action -> action.withErased(erased)).toList();
  }

  private static Action action(ResultSet rs) throws SQLException {
    Array members = rs.getArray("members");
    try {
      return new Action(
          rs.getString("action_id"),
          rs.getTimestamp("occurred_at").toInstant(),
          rs.getString("kind"),
          rs.getString("step"),
          rs.getString("subject_id"),
          rs.getString("related_id"),
          rs.getString("society_id"),
          rs.getString("sponsor_id"),
          List.of((String[]) members.getArray()),
          rs.getString("actor"),
          rs.getString("on_behalf_of"),
          rs.getString("correlation_id"),
          rs.getString("causation_id"),
          rs.getString("reason"),
          JSON.readTree(rs.getString("detail")),
          List.of());
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  private static LocalDate day(ResultSet rs, String column) throws SQLException {
    Date value = rs.getDate(column);
    return value == null ? null : value.toLocalDate();
  }
}
