package org.medsoc.member.rosterimport.web;

import io.swagger.v3.oas.annotations.Operation;
import jakarta.validation.Valid;
import jakarta.validation.Validator;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.medsoc.kernel.error.DomainException;
import org.medsoc.kernel.input.Limits;
import org.medsoc.member.member.command.MembershipPolicy;
import org.medsoc.member.rosterimport.api.RosterImportView;
import org.medsoc.member.rosterimport.file.ImportRow;
import org.medsoc.member.rosterimport.file.RosterFile;
import org.medsoc.member.rosterimport.file.RowReader;
import org.medsoc.member.rosterimport.job.RosterImportRunner;
import org.medsoc.member.rosterimport.job.RosterImports;
import org.medsoc.member.society.query.Societies;
import org.medsoc.platform.axon.ActingPrincipalResolver;
import org.springframework.http.ResponseEntity;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Importing a society's existing roster: upload the CSV file, map its columns to the fields of a
 * member and a membership (the preview names each row's problems), then run it in the background
 * and follow its progress. Rows keep their historical dates and are recorded as imported by whoever
 * ran the import; a row key imports once, so running the same file again imports nothing.
 */
@RestController
@Validated
@RequestMapping("/societies/{societyId}/imports")
public class RosterImportController {

  /** Which column holds each field, by field key (see the fields of a roster). */
  record Mapping(
      @NotNull Map<@Size(max = Limits.LABEL) String, @Size(max = Limits.NAME) String> mapping) {}

  private final RosterImports imports;
  private final RosterImportRunner runner;
  private final Societies societies;
  private final RowReader reader;
  private final ActingPrincipalResolver principals;

  public RosterImportController(
      RosterImports imports,
      RosterImportRunner runner,
      Societies societies,
      Validator validator,
      MembershipPolicy policy,
      ActingPrincipalResolver principals) {
    this.imports = imports;
    this.runner = runner;
    this.societies = societies;
    this.reader = new RowReader(validator, policy);
    this.principals = principals;
  }

  @Operation(
      summary = "Upload a roster as CSV (a header row, then one row per member)",
      description =
          "Answers with the file's columns and the mapping its headers suggest; nothing is"
              + " imported yet.")
  @PostMapping(consumes = "text/csv")
  public ResponseEntity<RosterImportView> upload(
      @PathVariable String societyId,
      @RequestParam(required = false) @Size(max = Limits.NAME) String fileName,
      @RequestBody(required = false) String csv) {
    if (!societies.exists(societyId)) {
      throw DomainException.notFound("societyId", "no society " + societyId);
    }
    RosterFile file = RosterFile.parse(csv == null ? "" : csv);
    String importId = UUID.randomUUID().toString();
    imports.create(importId, societyId, fileName, csv, file, principals.current().subject());
    return ResponseEntity.created(URI.create("/societies/" + societyId + "/imports/" + importId))
        .body(view(societyId, importId));
  }

  @Operation(summary = "The society's roster imports, newest first")
  @GetMapping
  public List<RosterImportView> list(@PathVariable String societyId) {
    return imports.ofSociety(societyId);
  }

  @Operation(summary = "An import: its columns, mapping, preview and progress")
  @GetMapping("/{importId}")
  public RosterImportView get(@PathVariable String societyId, @PathVariable String importId) {
    return view(societyId, importId);
  }

  @Operation(
      summary = "Map the file's columns to fields, and preview: each row's problems named",
      description =
          "Fields: rowKey, givenName, familyName, email, trainingLevel, institution and category"
              + " are required; degree, specialty, interests (separated by ;), orcid, status"
              + " (ACTIVE, LAPSED or RESIGNED; ACTIVE when not mapped), memberSince and"
              + " paidThrough (as 2024-12-31), sections (names, separated by ;) are optional.")
  @PutMapping("/{importId}/mapping")
  public RosterImportView map(
      @PathVariable String societyId,
      @PathVariable String importId,
      @Valid @RequestBody Mapping request) {
    RosterImports.Stored stored = stored(societyId, importId);
    RowReader.Result result =
        reader.read(RosterFile.parse(stored.csv()), request.mapping(), societyId, societies);
    Set<String> known = imports.knownRowKeys(societyId);
    int knownRows =
        (int) result.rows().stream().filter(row -> known.contains(row.rowKey())).count();
    if (!imports.previewed(
        importId, request.mapping(), result.rows().size(), knownRows, result.problems())) {
      throw DomainException.conflict("status", "the import is running; wait until it finishes");
    }
    return view(societyId, importId);
  }

  @Operation(
      summary = "Run the import in the background: the rows without problems",
      description = "Follow its progress on the import. Rows imported before are skipped.")
  @PostMapping("/{importId}/run")
  public ResponseEntity<RosterImportView> run(
      @PathVariable String societyId, @PathVariable String importId) {
    RosterImports.Stored stored = stored(societyId, importId);
    if (stored.mapping() == null) {
      throw DomainException.conflict("mapping", "map the columns and preview the rows first");
    }
    List<ImportRow> rows =
        reader.read(RosterFile.parse(stored.csv()), stored.mapping(), societyId, societies).rows();
    var by = principals.current();
    if (!imports.start(importId, by.subject())) {
      throw DomainException.conflict("status", "the import is running already");
    }
    runner.start(importId, societyId, rows, by);
    return ResponseEntity.accepted().body(view(societyId, importId));
  }

  private RosterImports.Stored stored(String societyId, String importId) {
    return imports
        .find(societyId, importId)
        .orElseThrow(() -> DomainException.notFound("importId", "no import " + importId));
  }

  private RosterImportView view(String societyId, String importId) {
    return imports
        .view(societyId, importId)
        .orElseThrow(() -> DomainException.notFound("importId", "no import " + importId));
  }
}
