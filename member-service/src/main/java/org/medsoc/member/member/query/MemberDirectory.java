package org.medsoc.member.member.query;

import java.sql.Array;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.queryhandling.QueryHandler;
import org.medsoc.kernel.member.MembershipCategory;
import org.medsoc.kernel.member.MembershipStatus;
import org.medsoc.kernel.member.TrainingLevel;
import org.medsoc.member.member.api.*;
import org.medsoc.platform.personal.PersonalData;
import org.medsoc.platform.projection.BatchedStatements;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The member directory: each member's profile and memberships, and the society rosters staff filter
 * and page through. Rebuilt from the event store on a replay; its statements go to the database in
 * batches when its processor's batch commits.
 */
@Component
@ProcessingGroup(MemberDirectory.PROCESSING_GROUP)
public class MemberDirectory {

  public static final String PROCESSING_GROUP = "member-directory";

  private final JdbcTemplate jdbc;
  private final BatchedStatements statements;

  public MemberDirectory(JdbcTemplate jdbc, BatchedStatements statements) {
    this.jdbc = jdbc;
    this.statements = statements;
  }

  @EventHandler
  void on(MemberRegistered event) {
    List<Object> columns = new ArrayList<>(List.of(event.memberId(), event.trainingLevel().name()));
    columns.addAll(profileColumns(event.profile()));
    statements.write(
        member(event.memberId()),
        """
        INSERT INTO directory_member (member_id, training_level, given_name, family_name, degree,
            institution, specialty, interests, email, orcid, search, headline, linkedin, doximity)
        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, to_tsvector('simple', ?), ?, ?, ?)
        ON CONFLICT (member_id) DO NOTHING
        """,
        columns.toArray());
  }

  @EventHandler
  void on(MemberProfileUpdated event) {
    List<Object> columns = new ArrayList<>(profileColumns(event.profile()));
    columns.add(event.memberId());
    statements.write(
        member(event.memberId()),
        """
        UPDATE directory_member SET given_name = ?, family_name = ?, degree = ?, institution = ?,
            specialty = ?, interests = ?, email = ?, orcid = ?, search = to_tsvector('simple', ?),
            headline = ?, linkedin = ?, doximity = ?
        WHERE member_id = ?
        """,
        columns.toArray());
  }

  /** A profile's columns, in the order both statements above name them (a field may be null). */
  private static List<Object> profileColumns(MemberProfile p) {
    return Arrays.asList(
        p.givenName(),
        p.familyName(),
        p.degree(),
        p.institution(),
        p.specialty(),
        p.interests(),
        p.email(),
        p.orcid(),
        searchable(p),
        p.headline(),
        p.linkedIn(),
        p.doximity());
  }

  /** What the member wrote of themself reads as erased; their memberships stay, as facts. */
  @EventHandler
  void on(MemberErased event) {
    statements.write(
        member(event.memberId()),
        """
        UPDATE directory_member SET given_name = ?, family_name = ?, degree = NULL,
            institution = ?, specialty = NULL, interests = '{}', email = ?, orcid = NULL,
            search = ''::tsvector, headline = NULL, linkedin = NULL, doximity = NULL
        WHERE member_id = ?
        """,
        PersonalData.ERASED,
        PersonalData.ERASED,
        PersonalData.ERASED,
        PersonalData.ERASED,
        event.memberId());
  }

  @EventHandler
  void on(TrainingLevelChanged event) {
    statements.write(
        member(event.memberId()),
        "UPDATE directory_member SET training_level = ? WHERE member_id = ?",
        event.to().name(),
        event.memberId());
  }

  @EventHandler
  void on(MembershipApplied event, @org.axonframework.eventhandling.Timestamp Instant at) {
    statements.write(
        membership(event.memberId(), event.societyId()),
        """
        INSERT INTO directory_membership (member_id, society_id, status, category, paid_through,
            section_ids, applied_at)
        VALUES (?, ?, 'PENDING', ?, NULL, '{}', ?)
        ON CONFLICT (member_id, society_id) DO UPDATE
            SET status = 'PENDING', category = EXCLUDED.category, paid_through = NULL,
                section_ids = '{}', applied_at = EXCLUDED.applied_at
        """,
        event.memberId(),
        event.societyId(),
        event.category().name(),
        Timestamp.from(at));
  }

  @EventHandler
  void on(MembershipImported event) {
    statements.write(
        membership(event.memberId(), event.societyId()),
        """
        INSERT INTO directory_membership (member_id, society_id, status, category, paid_through,
            section_ids, member_since)
        VALUES (?, ?, ?, ?, ?, ?, ?)
        ON CONFLICT (member_id, society_id) DO UPDATE
            SET status = EXCLUDED.status, category = EXCLUDED.category,
                paid_through = EXCLUDED.paid_through, section_ids = EXCLUDED.section_ids,
                member_since = EXCLUDED.member_since, applied_at = NULL
        """,
        event.memberId(),
        event.societyId(),
        event.status().name(),
        event.category().name(),
        event.paidThrough(),
        event.sectionIds(),
        event.memberSince());
  }

  @EventHandler
  void on(MembershipApproved event, @org.axonframework.eventhandling.Timestamp Instant at) {
    statements.write(
        membership(event.memberId(), event.societyId()),
        """
        UPDATE directory_membership SET status = 'ACTIVE', paid_through = ?,
            member_since = coalesce(member_since, ?)
        WHERE member_id = ? AND society_id = ?
        """,
        Date.valueOf(event.paidThrough()),
        at.atOffset(ZoneOffset.UTC).toLocalDate(),
        event.memberId(),
        event.societyId());
  }

  @EventHandler
  void on(MembershipRenewed event) {
    activate(event.memberId(), event.societyId(), event.paidThrough());
  }

  @EventHandler
  void on(MembershipReinstated event) {
    activate(event.memberId(), event.societyId(), event.paidThrough());
  }

  @EventHandler
  void on(MembershipRejected event) {
    status(event.memberId(), event.societyId(), MembershipStatus.REJECTED);
  }

  @EventHandler
  void on(MembershipLapsed event) {
    status(event.memberId(), event.societyId(), MembershipStatus.LAPSED);
  }

  @EventHandler
  void on(MembershipResigned event) {
    statements.write(
        membership(event.memberId(), event.societyId()),
        "UPDATE directory_membership SET status = 'RESIGNED', section_ids = '{}' WHERE member_id = ? AND society_id = ?",
        event.memberId(),
        event.societyId());
  }

  @EventHandler
  void on(MembershipCategoryChanged event) {
    statements.write(
        membership(event.memberId(), event.societyId()),
        "UPDATE directory_membership SET category = ? WHERE member_id = ? AND society_id = ?",
        event.to().name(),
        event.memberId(),
        event.societyId());
  }

  @EventHandler
  void on(SectionJoined event) {
    statements.write(
        membership(event.memberId(), event.societyId()),
        """
        UPDATE directory_membership SET section_ids = array_append(array_remove(section_ids, ?), ?)
        WHERE member_id = ? AND society_id = ?
        """,
        event.sectionId(),
        event.sectionId(),
        event.memberId(),
        event.societyId());
  }

  @EventHandler
  void on(SectionLeft event) {
    statements.write(
        membership(event.memberId(), event.societyId()),
        "UPDATE directory_membership SET section_ids = array_remove(section_ids, ?) WHERE member_id = ? AND society_id = ?",
        event.sectionId(),
        event.memberId(),
        event.societyId());
  }

  @ResetHandler
  void onReset() {
    jdbc.execute("TRUNCATE directory_membership, directory_member");
  }

  @QueryHandler
  public Optional<MemberView> handle(FindMember query) {
    List<MembershipView> memberships =
        jdbc.query(
            "SELECT * FROM directory_membership WHERE member_id = ? ORDER BY society_id",
            (rs, i) ->
                new MembershipView(
                    rs.getString("society_id"),
                    MembershipStatus.valueOf(rs.getString("status")),
                    MembershipCategory.valueOf(rs.getString("category")),
                    localDate(rs.getDate("paid_through")),
                    strings(rs.getArray("section_ids"))),
            query.memberId());
    return jdbc
        .query(
            "SELECT * FROM directory_member WHERE member_id = ?",
            (rs, i) ->
                new MemberView(
                    rs.getString("member_id"),
                    profile(rs),
                    TrainingLevel.valueOf(rs.getString("training_level")),
                    memberships),
            query.memberId())
        .stream()
        .findFirst();
  }

  @QueryHandler
  public RosterPage handle(FindSocietyRoster query) {
    StringBuilder where = new StringBuilder(" WHERE ms.society_id = ?");
    List<Object> args = new ArrayList<>(List.of(query.societyId()));
    if (query.status() != null) {
      where.append(" AND ms.status = ?");
      args.add(query.status().name());
    }
    if (query.category() != null) {
      where.append(" AND ms.category = ?");
      args.add(query.category().name());
    }
    if (query.trainingLevel() != null) {
      where.append(" AND m.training_level = ?");
      args.add(query.trainingLevel().name());
    }
    if (query.sectionId() != null) {
      where.append(" AND ? = ANY (ms.section_ids)");
      args.add(query.sectionId());
    }
    if (query.paidFrom() != null) {
      where.append(" AND ms.paid_through >= ?");
      args.add(Date.valueOf(query.paidFrom()));
    }
    if (query.paidTo() != null) {
      where.append(" AND ms.paid_through <= ?");
      args.add(Date.valueOf(query.paidTo()));
    }
    String words = prefixQuery(query.text());
    if (words != null) {
      where.append(" AND m.search @@ to_tsquery('simple', ?)");
      args.add(words);
    }
    String from =
        " FROM directory_membership ms JOIN directory_member m ON m.member_id = ms.member_id"
            + where;
    Long total = jdbc.queryForObject("SELECT count(*)" + from, Long.class, args.toArray());
    List<Object> pageArgs = new ArrayList<>(args);
    pageArgs.add(query.size());
    pageArgs.add((long) query.page() * query.size());
    List<RosterEntry> items =
        jdbc.query(
            "SELECT m.*, ms.status, ms.category, ms.paid_through, ms.member_since, ms.applied_at,"
                + " ms.section_ids"
                + from
                + orderBy(query)
                + " LIMIT ? OFFSET ?",
            (rs, i) ->
                new RosterEntry(
                    rs.getString("member_id"),
                    rs.getString("given_name"),
                    rs.getString("family_name"),
                    rs.getString("degree"),
                    TrainingLevel.valueOf(rs.getString("training_level")),
                    rs.getString("institution"),
                    rs.getString("specialty"),
                    rs.getString("email"),
                    MembershipStatus.valueOf(rs.getString("status")),
                    MembershipCategory.valueOf(rs.getString("category")),
                    localDate(rs.getDate("paid_through")),
                    localDate(rs.getDate("member_since")),
                    instant(rs.getTimestamp("applied_at")),
                    strings(rs.getArray("section_ids"))),
            pageArgs.toArray());
    return new RosterPage(items, query.page(), query.size(), total == null ? 0 : total);
  }

  @QueryHandler
  public List<MemberCard> handle(FindColleagues query) {
    String words = prefixQuery(query.text());
    if (words == null) {
      return List.of();
    }
    return jdbc.query(
        """
        SELECT m.* FROM directory_member m
         WHERE m.member_id <> ? AND m.search @@ to_tsquery('simple', ?)
           AND EXISTS (
             SELECT 1 FROM directory_membership theirs JOIN directory_membership mine
                 ON mine.society_id = theirs.society_id
              WHERE theirs.member_id = m.member_id AND theirs.status = 'ACTIVE'
                AND mine.member_id = ? AND mine.status = 'ACTIVE')
         ORDER BY m.family_name, m.given_name, m.member_id LIMIT ?
        """,
        (rs, i) ->
            new MemberCard(
                rs.getString("member_id"),
                rs.getString("given_name"),
                rs.getString("family_name"),
                rs.getString("degree"),
                TrainingLevel.valueOf(rs.getString("training_level")),
                rs.getString("institution"),
                rs.getString("specialty"),
                strings(rs.getArray("interests")),
                rs.getString("orcid"),
                rs.getString("headline"),
                rs.getString("linkedin"),
                rs.getString("doximity")),
        query.memberId(),
        words,
        query.memberId(),
        query.limit());
  }

  private static String orderBy(FindSocietyRoster query) {
    String direction = query.descending() ? " DESC NULLS LAST" : " ASC NULLS LAST";
    String name = "m.family_name" + direction + ", m.given_name" + direction;
    String first =
        switch (query.sort() == null ? FindSocietyRoster.RosterSort.NAME : query.sort()) {
          case NAME -> name;
          case PAID_THROUGH -> "ms.paid_through" + direction + ", " + name;
          case MEMBER_SINCE -> "ms.member_since" + direction + ", " + name;
          case APPLIED -> "ms.applied_at" + direction + ", " + name;
          case INSTITUTION -> "m.institution" + direction + ", " + name;
        };
    return " ORDER BY " + first + ", m.member_id";
  }

  /**
   * Each word of what staff typed as a prefix, all of them required: "okaf bost" finds Okafor of
   * Boston. Only letters and digits reach the query, so nothing typed can break its syntax.
   */
  static String prefixQuery(String text) {
    if (text == null) {
      return null;
    }
    List<String> words = new ArrayList<>();
    Matcher word = WORD.matcher(text.toLowerCase(Locale.ROOT));
    while (word.find() && words.size() < 8) {
      words.add(word.group() + ":*");
    }
    return words.isEmpty() ? null : String.join(" & ", words);
  }

  private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");

  private static String searchable(MemberProfile p) {
    return String.join(
        " ",
        p.givenName(),
        p.familyName(),
        p.institution(),
        p.specialty() == null ? "" : p.specialty(),
        String.join(" ", p.interests()),
        p.headline() == null ? "" : p.headline());
  }

  private static Instant instant(Timestamp timestamp) {
    return timestamp == null ? null : timestamp.toInstant();
  }

  private void activate(String memberId, String societyId, java.time.LocalDate paidThrough) {
    statements.write(
        membership(memberId, societyId),
        "UPDATE directory_membership SET status = 'ACTIVE', paid_through = ? WHERE member_id = ? AND society_id = ?",
        Date.valueOf(paidThrough),
        memberId,
        societyId);
  }

  private void status(String memberId, String societyId, MembershipStatus status) {
    statements.write(
        membership(memberId, societyId),
        "UPDATE directory_membership SET status = ? WHERE member_id = ? AND society_id = ?",
        status.name(),
        memberId,
        societyId);
  }

  private static String member(String memberId) {
    return "directory_member:" + memberId;
  }

  private static String membership(String memberId, String societyId) {
    return "directory_membership:" + memberId + ":" + societyId;
  }

  private static MemberProfile profile(ResultSet rs) throws SQLException {
    return new MemberProfile(
        rs.getString("given_name"),
        rs.getString("family_name"),
        rs.getString("degree"),
        rs.getString("institution"),
        rs.getString("specialty"),
        strings(rs.getArray("interests")),
        rs.getString("email"),
        rs.getString("orcid"),
        rs.getString("headline"),
        rs.getString("linkedin"),
        rs.getString("doximity"));
  }

  private static List<String> strings(Array array) throws SQLException {
    return array == null ? List.of() : Arrays.asList((String[]) array.getArray());
  }

  private static java.time.LocalDate localDate(Date date) {
    return date == null ? null : date.toLocalDate();
  }
}
