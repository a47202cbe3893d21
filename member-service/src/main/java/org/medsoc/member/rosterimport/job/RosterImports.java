package org.medsoc.member.rosterimport.job;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.medsoc.member.rosterimport.api.ImportProblem;
import org.medsoc.member.rosterimport.api.RosterImportView;
import org.medsoc.member.rosterimport.file.RosterFile;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The roster imports of each society: the file as uploaded, its mapping, the preview's findings,
 * and the run's progress and refusals. Not an event-sourced record: the members it brings are; this
 * is the office's worksheet for getting there.
 */
@Component
public class RosterImports {

  /** The problems a view lists; the counts say how many there are in all. */
  static final int PROBLEMS_SHOWN = 1_000;

  public static final String UPLOADED = "UPLOADED";
  public static final String PREVIEWED = "PREVIEWED";
  public static final String RUNNING = "RUNNING";
  public static final String FINISHED = "FINISHED";
  public static final String INTERRUPTED = "INTERRUPTED";

  /** An import as stored, with its file. */
  public record Stored(
      String importId, String societyId, String status, String csv, Map<String, String> mapping) {}

  private final JdbcTemplate jdbc;
  private final ObjectMapper json;

  public RosterImports(JdbcTemplate jdbc, ObjectMapper json) {
    this.jdbc = jdbc;
    this.json = json;
  }

  public void create(
      String importId,
      String societyId,
      String fileName,
      String csv,
      RosterFile file,
      String uploadedBy) {
    jdbc.update(
        """
        INSERT INTO roster_import (import_id, society_id, file_name, csv, columns, total_rows,
            status, uploaded_by, uploaded_at)
        VALUES (?, ?, ?, ?, ?, ?, 'UPLOADED', ?, now())
        """,
        ps -> {
          ps.setString(1, importId);
          ps.setString(2, societyId);
          ps.setString(3, fileName);
          ps.setString(4, csv);
          ps.setArray(5, ps.getConnection().createArrayOf("text", file.columns().toArray()));
          ps.setInt(6, file.rows().size());
          ps.setString(7, uploadedBy);
        });
  }

  public Optional<Stored> find(String societyId, String importId) {
    return jdbc
        .query(
            "SELECT import_id, society_id, status, csv, mapping FROM roster_import"
                + " WHERE society_id = ? AND import_id = ?",
            (rs, i) ->
                new Stored(
                    rs.getString("import_id"),
                    rs.getString("society_id"),
                    rs.getString("status"),
                    rs.getString("csv"),
                    mapping(rs.getString("mapping"))),
            societyId,
            importId)
        .stream()
        .findFirst();
  }

  public Optional<RosterImportView> view(String societyId, String importId) {
    List<ImportProblem> problems =
        jdbc.query(
            """
            SELECT row_number, row_key, field, message FROM roster_import_problem
            WHERE import_id = ? ORDER BY phase DESC, row_number, field LIMIT ?
            """,
            (rs, i) ->
                new ImportProblem(
                    rs.getInt("row_number"),
                    rs.getString("row_key"),
                    rs.getString("field"),
                    rs.getString("message")),
            importId,
            PROBLEMS_SHOWN);
    return jdbc
        .query(
            "SELECT * FROM roster_import WHERE society_id = ? AND import_id = ?",
            (rs, i) -> view(rs, problems),
            societyId,
            importId)
        .stream()
        .findFirst();
  }

  /** The society's imports, newest first, without their problems. */
  public List<RosterImportView> ofSociety(String societyId) {
    return jdbc.query(
        "SELECT * FROM roster_import WHERE society_id = ? ORDER BY uploaded_at DESC LIMIT 50",
        (rs, i) -> view(rs, List.of()),
        societyId);
  }

  /** The row keys this society has imported before. */
  public Set<String> knownRowKeys(String societyId) {
    return new HashSet<>(
        jdbc.queryForList(
            "SELECT row_key FROM imported_row WHERE society_id = ?", String.class, societyId));
  }

  @Transactional
  public boolean previewed(
      String importId,
      Map<String, String> mapping,
      int validRows,
      int knownRows,
      List<ImportProblem> problems) {
    int updated =
        jdbc.update(
            """
            UPDATE roster_import SET mapping = ?::jsonb, valid_rows = ?, known_rows = ?,
                status = 'PREVIEWED'
            WHERE import_id = ? AND status <> 'RUNNING'
            """,
            write(mapping),
            validRows,
            knownRows,
            importId);
    if (updated == 0) {
      return false;
    }
    jdbc.update("DELETE FROM roster_import_problem WHERE import_id = ?", importId);
    insertProblems(importId, "PREVIEW", problems);
    return true;
  }

  /** Takes the import into its run, unless it is running already or has no preview. */
  @Transactional
  public boolean start(String importId, String startedBy) {
    int updated =
        jdbc.update(
            """
            UPDATE roster_import SET status = 'RUNNING', started_by = ?, started_at = now(),
                finished_at = NULL, processed = 0, imported = 0, already_imported = 0, refused = 0
            WHERE import_id = ? AND status IN ('PREVIEWED', 'FINISHED', 'INTERRUPTED')
            """,
            startedBy,
            importId);
    if (updated == 1) {
      jdbc.update(
          "DELETE FROM roster_import_problem WHERE import_id = ? AND phase = 'RUN'", importId);
    }
    return updated == 1;
  }

  public void progress(String importId, int processed, int imported, int known, int refused) {
    jdbc.update(
        """
        UPDATE roster_import SET processed = ?, imported = ?, already_imported = ?, refused = ?
        WHERE import_id = ?
        """,
        processed,
        imported,
        known,
        refused,
        importId);
  }

  public void refused(String importId, List<ImportProblem> problems) {
    insertProblems(importId, "RUN", problems);
  }

  public void finish(String importId) {
    jdbc.update(
        "UPDATE roster_import SET status = 'FINISHED', finished_at = now() WHERE import_id = ?",
        importId);
  }

  /** Runs that a stopped instance left behind: they can be started again, and import the rest. */
  public int interruptAbandoned() {
    return jdbc.update("UPDATE roster_import SET status = 'INTERRUPTED' WHERE status = 'RUNNING'");
  }

  private void insertProblems(String importId, String phase, List<ImportProblem> problems) {
    jdbc.batchUpdate(
        """
        INSERT INTO roster_import_problem (import_id, row_number, row_key, field, message, phase)
        VALUES (?, ?, ?, ?, ?, ?)
        """,
        problems,
        500,
        (ps, problem) -> {
          ps.setString(1, importId);
          ps.setInt(2, problem.row());
          ps.setString(3, problem.rowKey());
          ps.setString(4, problem.field());
          ps.setString(5, problem.message());
          ps.setString(6, phase);
        });
  }

  private RosterImportView view(ResultSet rs, List<ImportProblem> problems) throws SQLException {
    RosterFile columns = new RosterFile(strings(rs.getArray("columns")), List.of());
    return new RosterImportView(
        rs.getString("import_id"),
        rs.getString("society_id"),
        rs.getString("file_name"),
        rs.getString("status"),
        columns.columns(),
        rs.getInt("total_rows"),
        mapping(rs.getString("mapping")),
        columns.suggestedMapping(),
        (Integer) rs.getObject("valid_rows"),
        (Integer) rs.getObject("known_rows"),
        problems,
        rs.getInt("processed"),
        rs.getInt("imported"),
        rs.getInt("already_imported"),
        rs.getInt("refused"),
        rs.getString("uploaded_by"),
        instant(rs.getTimestamp("uploaded_at")),
        rs.getString("started_by"),
        instant(rs.getTimestamp("started_at")),
        instant(rs.getTimestamp("finished_at")));
  }

  private static List<String> strings(Array array) throws SQLException {
    return array == null ? List.of() : Arrays.asList((String[]) array.getArray());
  }

  private static Instant instant(Timestamp timestamp) {
    return timestamp == null ? null : timestamp.toInstant();
  }

  private Map<String, String> mapping(String text) {
    try {
      return text == null ? null : json.readValue(text, new TypeReference<>() {});
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  private String write(Map<String, String> mapping) {
    try {
      return json.writeValueAsString(mapping);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }
}
