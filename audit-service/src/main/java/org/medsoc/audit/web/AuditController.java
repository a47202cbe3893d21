package org.medsoc.audit.web;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.swagger.v3.oas.annotations.Operation;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Semaphore;
import org.medsoc.audit.query.AuditQueries;
import org.medsoc.audit.query.AuditQueries.Action;
import org.medsoc.audit.query.AuditQueries.Nomination;
import org.medsoc.audit.query.AuditQueries.Page;
import org.medsoc.audit.query.AuditQueries.RosterLine;
import org.medsoc.kernel.error.DomainException;
import org.medsoc.kernel.error.FieldViolation;
import org.medsoc.kernel.json.KernelJson;
import org.medsoc.platform.security.Caller;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

/**
 * The audit's questions over HTTP. Auditors see every society; staff see the actions of their own
 * societies. Letters and supporting statements never reach the audit: they never leave the service
 * where they were written.
 */
@RestController
public class AuditController {

  private static final ObjectMapper JSON = KernelJson.newObjectMapper();

  private final AuditQueries queries;
  private final long exportMax;
  private final int pageMax;
  private final Semaphore exports;

  public AuditController(
      AuditQueries queries,
      @Value("${audit.export-max-actions}") long exportMax,
      @Value("${audit.page-max-size}") int pageMax,
      @Value("${audit.export-concurrency}") int exportConcurrency) {
    this.queries = queries;
    this.exportMax = exportMax;
    this.exports = new Semaphore(exportConcurrency);
    this.pageMax = pageMax;
  }

  @Operation(
      summary = "A committee's roster on a day, with who nominated each member",
      description = "Auditors; staff of the committee's society.")
  @GetMapping("/audit/committees/{committeeId}/roster")
  public List<RosterLine> roster(
      @PathVariable String committeeId, @RequestParam(required = false) LocalDate asOf) {
    Optional<String> society = queries.societyOfCommittee(committeeId);
    requireInScope(society.orElse(null));
    if (society.isEmpty()) {
      throw DomainException.notFound("committeeId", "no appointment in " + committeeId);
    }
    return queries.roster(committeeId, asOf != null ? asOf : LocalDate.now(ZoneOffset.UTC));
  }

  @Operation(
      summary = "Everything a member did as a sponsor between two days, paged",
      description = "Auditors; staff see the actions of their societies.")
  @GetMapping("/audit/sponsors/{memberId}/actions")
  public Page<Action> actionsOfSponsor(
      @PathVariable String memberId,
      @RequestParam LocalDate from,
      @RequestParam LocalDate to,
      @RequestParam(defaultValue = "0") int page,
      @RequestParam(defaultValue = "100") int size) {
    requireRange(from, to);
    requirePage(page, size);
    return queries.actionsOfSponsor(memberId, from, to, scope(), page, size);
  }

  @Operation(
      summary = "Every nomination of a member and where it stands (or stood on a day), paged",
      description = "Auditors; staff see the nominations of their societies.")
  @GetMapping("/audit/members/{memberId}/nominations")
  public Page<Nomination> nominationsOf(
      @PathVariable String memberId,
      @RequestParam(required = false) LocalDate asOf,
      @RequestParam(defaultValue = "0") int page,
      @RequestParam(defaultValue = "100") int size) {
    requirePage(page, size);
    return queries.nominationsOf(memberId, asOf, scope(), page, size);
  }

  @Operation(
      summary =
          "Fairness at a glance: who is nominated, sponsored, introduced and appointed, per year, by"
              + " career stage, section or institution at the time",
      description =
          "Auditors see everything; staff their societies' nominations and appointments. A count"
              + " below 5 is left out: so small a group could be told apart.")
  @GetMapping("/audit/fairness")
  public List<AuditQueries.FairnessCount> fairness(
      @RequestParam int fromYear,
      @RequestParam int toYear,
      @RequestParam(defaultValue = "CAREER_STAGE") AuditQueries.FairnessGroup by) {
    if (fromYear < 1900 || toYear > 2199) {
      throw DomainException.invalid("fromYear", "years between 1900 and 2199");
    }
    if (toYear < fromYear || toYear - fromYear > 20) {
      throw DomainException.invalid("toYear", "from 0 to 20 years after fromYear");
    }
    return queries.fairness(fromYear, toYear, by, scope());
  }

  @Operation(
      summary =
          "Each membership of a member as it stood at the end of a day (today by default): in good"
              + " standing or not",
      description = "Auditors; staff see the memberships of their societies.")
  @GetMapping("/audit/members/{memberId}/standing")
  public List<AuditQueries.Standing> standingOf(
      @PathVariable String memberId, @RequestParam(required = false) LocalDate asOf) {
    return queries.standingOf(
        memberId, asOf != null ? asOf : LocalDate.now(ZoneOffset.UTC), scope());
  }

  @Operation(
      summary = "Every action a member took part in, oldest first, paged",
      description = "Auditors; staff see the actions of their societies.")
  @GetMapping("/audit/members/{memberId}/timeline")
  public Page<Action> timelineOfMember(
      @PathVariable String memberId,
      @RequestParam(defaultValue = "0") int page,
      @RequestParam(defaultValue = "100") int size) {
    requirePage(page, size);
    return queries.timelineOfMember(memberId, scope(), page, size);
  }

  @Operation(
      summary =
          "The full story of one nomination: its steps, the sponsorship actions and appointment"
              + " naming it, and what they caused",
      description = "Auditors; staff of the nomination's society.")
  @GetMapping("/audit/nominations/{nominationId}/timeline")
  public List<Action> timelineOfNomination(@PathVariable String nominationId) {
    requireInScope(queries.societyOfNomination(nominationId).orElse(null));
    if (!queries.nominationExists(nominationId)) {
      throw DomainException.notFound("nominationId", "no nomination " + nominationId);
    }
    return queries.timelineOfNomination(nominationId);
  }

  @Operation(
      summary = "Export the actions between two days as CSV or JSON, streamed",
      description = "Auditors; staff export the actions of their societies.")
  @GetMapping("/audit/actions/export")
  public ResponseEntity<StreamingResponseBody> export(
      @RequestParam LocalDate from,
      @RequestParam LocalDate to,
      @RequestParam(defaultValue = "csv") String format) {
    requireRange(from, to);
    boolean csv = format.equals("csv");
    if (!csv && !format.equals("json")) {
      throw DomainException.invalid("format", "csv or json");
    }
    Set<String> scope = scope();
    long count = queries.countBetween(from, to, scope);
    if (count > exportMax) {
      throw DomainException.invalid(
          "to",
          "%d actions in that range; an export holds at most %d: ask for a shorter range"
              .formatted(count, exportMax));
    }
    if (!exports.tryAcquire()) {
      ProblemDetail busy =
          ProblemDetail.forStatusAndDetail(
              HttpStatus.SERVICE_UNAVAILABLE,
              "As many exports as the audit streams at once are under way; try again shortly");
      busy.setProperty("errors", List.of(new FieldViolation(null, "exports busy")));
      return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
          .contentType(MediaType.APPLICATION_PROBLEM_JSON)
          .header(HttpHeaders.RETRY_AFTER, "30")
          .body(out -> JSON.writeValue(out, busy));
    }
    StreamingResponseBody body =
        out -> {
          try {
            Writer writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
            if (csv) {
              writeCsv(writer, from, to, scope);
            } else {
              writeJson(writer, from, to, scope);
            }
            writer.flush();
          } finally {
            exports.release();
          }
        };
    String file = "audit-%s-%s.%s".formatted(from, to, format);
    return ResponseEntity.ok()
        .contentType(
            csv ? new MediaType("text", "csv", StandardCharsets.UTF_8) : MediaType.APPLICATION_JSON)
        .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + file + "\"")
        .header("X-Audit-Actions", String.valueOf(count))
        .body(body);
  }

  private void writeCsv(Writer writer, LocalDate from, LocalDate to, Set<String> scope)
      throws IOException {
    writer.write(
        "action_id,occurred_at,kind,step,subject_id,related_id,society_id,sponsor_id,members,"
            + "actor,on_behalf_of,correlation_id,causation_id,reason\n");
    queries.streamBetween(
        from,
        to,
        scope,
        action -> {
          try {
            writer.write(
                String.join(
                        ",",
                        Csv.cell(action.actionId()),
                        Csv.cell(action.occurredAt().toString()),
                        Csv.cell(action.kind()),
                        Csv.cell(action.step()),
                        Csv.cell(action.subjectId()),
                        Csv.cell(action.relatedId()),
                        Csv.cell(action.societyId()),
                        Csv.cell(action.sponsorId()),
                        Csv.cell(String.join(";", action.members())),
                        Csv.cell(action.actor()),
                        Csv.cell(action.onBehalfOf()),
                        Csv.cell(action.correlationId()),
                        Csv.cell(action.causationId()),
                        Csv.cell(action.reason()))
                    + "\n");
          } catch (IOException e) {
            throw new UncheckedIOException(e);
          }
        });
  }

  private void writeJson(Writer writer, LocalDate from, LocalDate to, Set<String> scope)
      throws IOException {
    JsonGenerator json = JSON.getFactory().createGenerator(writer);
    json.writeStartArray();
    queries.streamBetween(
        from,
        to,
        scope,
        action -> {
          try {
            JSON.writeValue(json, action);
          } catch (IOException e) {
            throw new UncheckedIOException(e);
          }
        });
    json.writeEndArray();
    json.flush();
  }

  /** Auditors and platform staff see every society; other staff their own. */
  private static Set<String> scope() {
    Caller caller = Caller.current().orElseThrow();
    if (caller.hasRole(Caller.AUDITOR) || caller.isPlatformStaff()) {
      return null;
    }
    return new HashSet<>(caller.societyIds());
  }

  /**
   * Staff of another society are refused whether or not the record exists; only those who see every
   * society learn that something does not.
   */
  private static void requireInScope(String societyId) {
    Set<String> scope = scope();
    if (scope != null && (societyId == null || !scope.contains(societyId))) {
      throw DomainException.forbidden();
    }
  }

  private static void requireRange(LocalDate from, LocalDate to) {
    if (to.isBefore(from)) {
      throw DomainException.invalid("to", "the range ends before it starts");
    }
  }

  private void requirePage(int page, int size) {
    if (page < 0) {
      throw DomainException.invalid("page", "pages start at 0");
    }
    if (size < 1 || size > pageMax) {
      throw DomainException.invalid("size", "between 1 and " + pageMax);
    }
  }
}
