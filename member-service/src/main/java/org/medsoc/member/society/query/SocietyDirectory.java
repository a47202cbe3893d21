package org.medsoc.member.society.query;

import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.queryhandling.QueryHandler;
import org.medsoc.kernel.member.MembershipCategory;
import org.medsoc.member.member.api.Dues;
import org.medsoc.member.society.api.FeeScheduleSet;
import org.medsoc.member.society.api.FindSociety;
import org.medsoc.member.society.api.ListSocieties;
import org.medsoc.member.society.api.SectionAdded;
import org.medsoc.member.society.api.SectionView;
import org.medsoc.member.society.api.SocietyKind;
import org.medsoc.member.society.api.SocietyRegistered;
import org.medsoc.member.society.api.SocietyView;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Societies and their sections. Updated in the same transaction as the events (a subscribing
 * processor), so a command that names a society or section can rely on it at once.
 */
@Component
@ProcessingGroup(SocietyDirectory.PROCESSING_GROUP)
public class SocietyDirectory implements Societies {

  public static final String PROCESSING_GROUP = "society-directory";

  private final JdbcTemplate jdbc;

  public SocietyDirectory(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  @EventHandler
  void on(SocietyRegistered event) {
    jdbc.update(
        "INSERT INTO society (society_id, name, kind) VALUES (?, ?, ?)",
        event.societyId(),
        event.name(),
        event.kind().name());
  }

  @EventHandler
  void on(SectionAdded event) {
    jdbc.update(
        "INSERT INTO society_section (society_id, section_id, name) VALUES (?, ?, ?)",
        event.societyId(),
        event.sectionId(),
        event.name());
  }

  @EventHandler
  void on(FeeScheduleSet event) {
    jdbc.update("DELETE FROM society_fee WHERE society_id = ?", event.societyId());
    event
        .fees()
        .forEach(
            (category, dues) ->
                jdbc.update(
                    "INSERT INTO society_fee (society_id, category, amount, currency) VALUES (?, ?, ?, ?)",
                    event.societyId(),
                    category.name(),
                    dues.amount(),
                    dues.currency()));
  }

  @QueryHandler
  public Optional<SocietyView> handle(FindSociety query) {
    List<SectionView> sections =
        jdbc.query(
            "SELECT section_id, name FROM society_section WHERE society_id = ? ORDER BY name",
            (rs, i) -> new SectionView(rs.getString("section_id"), rs.getString("name")),
            query.societyId());
    return jdbc
        .query(
            "SELECT society_id, name, kind FROM society WHERE society_id = ?",
            (rs, i) ->
                new SocietyView(
                    rs.getString("society_id"),
                    rs.getString("name"),
                    SocietyKind.valueOf(rs.getString("kind")),
                    sections,
                    fees(query.societyId())),
            query.societyId())
        .stream()
        .findFirst();
  }

  @QueryHandler
  public List<SocietyView> handle(ListSocieties query) {
    return jdbc.query(
        "SELECT society_id, name, kind FROM society ORDER BY name",
        (rs, i) ->
            new SocietyView(
                rs.getString("society_id"),
                rs.getString("name"),
                SocietyKind.valueOf(rs.getString("kind")),
                List.of(),
                Map.of()));
  }

  @Override
  public boolean exists(String societyId) {
    return Boolean.TRUE.equals(
        jdbc.queryForObject(
            "SELECT EXISTS (SELECT 1 FROM society WHERE society_id = ?)",
            Boolean.class,
            societyId));
  }

  @Override
  public Optional<Dues> feeFor(String societyId, MembershipCategory category) {
    return Optional.ofNullable(fees(societyId).get(category));
  }

  @Override
  public Map<String, String> sectionsByName(String societyId) {
    Map<String, String> sections = new LinkedHashMap<>();
    jdbc.query(
        "SELECT section_id, name FROM society_section WHERE society_id = ?",
        rs -> {
          sections.put(rs.getString("name").toLowerCase(Locale.ROOT), rs.getString("section_id"));
        },
        societyId);
    return sections;
  }

  private Map<MembershipCategory, Dues> fees(String societyId) {
    Map<MembershipCategory, Dues> fees = new EnumMap<>(MembershipCategory.class);
    jdbc.query(
        "SELECT category, amount, currency FROM society_fee WHERE society_id = ?",
        rs -> {
          fees.put(
              MembershipCategory.valueOf(rs.getString("category")),
              new Dues(rs.getBigDecimal("amount"), rs.getString("currency")));
        },
        societyId);
    return fees;
  }

  @Override
  public boolean hasSection(String societyId, String sectionId) {
    return Boolean.TRUE.equals(
        jdbc.queryForObject(
            "SELECT EXISTS (SELECT 1 FROM society_section WHERE society_id = ? AND section_id = ?)",
            Boolean.class,
            societyId,
            sectionId));
  }
}
