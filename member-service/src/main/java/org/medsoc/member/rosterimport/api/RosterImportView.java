package org.medsoc.member.rosterimport.api;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * A roster import as staff follow it: the file's columns and the mapping of fields to them, what
 * the preview found, and how far the run has come.
 *
 * @param status UPLOADED (no mapping yet), PREVIEWED, RUNNING or FINISHED
 * @param validRows rows the preview found nothing wrong with (null before a preview)
 * @param alreadyImportedRows rows whose key this society has imported before (null before a
 *     preview); the run skips them
 * @param problems the preview's and the last run's problems, by row
 */
public record RosterImportView(
    String importId,
    String societyId,
    String fileName,
    String status,
    List<String> columns,
    int totalRows,
    Map<String, String> mapping,
    Map<String, String> suggestedMapping,
    Integer validRows,
    Integer alreadyImportedRows,
    List<ImportProblem> problems,
    int processed,
    int imported,
    int alreadyImported,
    int refused,
    String uploadedBy,
    Instant uploadedAt,
    String startedBy,
    Instant startedAt,
    Instant finishedAt) {}
