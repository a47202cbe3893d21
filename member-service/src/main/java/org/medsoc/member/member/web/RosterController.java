package org.medsoc.member.member.web;

import static org.medsoc.kernel.input.SpreadsheetCells.text;

import io.swagger.v3.oas.annotations.Operation;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.medsoc.kernel.input.Limits;
import org.medsoc.kernel.member.MembershipCategory;
import org.medsoc.kernel.member.MembershipStatus;
import org.medsoc.kernel.member.TrainingLevel;
import org.medsoc.member.member.api.FindSocietyRoster;
import org.medsoc.member.member.api.FindSocietyRoster.RosterSort;
import org.medsoc.member.member.api.RosterEntry;
import org.medsoc.member.member.api.RosterPage;
import org.springdoc.core.annotations.ParameterObject;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Society rosters for staff: filtered, searched, sorted and paged, or exported as CSV. */
@RestController
@Validated
public class RosterController {

  /** The most rows one export carries; a society larger than this exports by filter. */
  static final int EXPORT_LIMIT = 100_000;

  static final String[] CSV_COLUMNS = {
    "memberId",
    "familyName",
    "givenName",
    "degree",
    "trainingLevel",
    "institution",
    "specialty",
    "email",
    "status",
    "category",
    "memberSince",
    "paidThrough"
  };

  /** The order of the chosen sort. */
  public enum Direction {
    ASCENDING,
    DESCENDING
  }

  private final QueryGateway queries;

  public RosterController(QueryGateway queries) {
    this.queries = queries;
  }

  /**
   * What the office asks of a roster, bound from the query string alike for a page and an export.
   * q: words found in the name, institution, specialty or interests, each as a prefix;
   * paidFrom/paidTo: a range of paid-through days (renewals coming due, members in their grace
   * period).
   */
  public record RosterQuery(
      MembershipStatus status,
      MembershipCategory category,
      @Size(max = Limits.ID) String sectionId,
      TrainingLevel trainingLevel,
      @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate paidFrom,
      @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate paidTo,
      @Size(max = Limits.LABEL) String q,
      RosterSort sort,
      Direction direction) {

    FindSocietyRoster find(String societyId, int page, int size) {
      return new FindSocietyRoster(
          societyId,
          status,
          category,
          sectionId,
          trainingLevel,
          paidFrom,
          paidTo,
          q,
          sort == null ? RosterSort.NAME : sort,
          direction == Direction.DESCENDING,
          page,
          size);
    }
  }

  @Operation(
      summary = "The members of a society: filtered, searched, sorted and paged",
      description =
          "q: words found in the name, institution, specialty or interests, each as a prefix."
              + " paidFrom/paidTo: a range of paid-through days (renewals coming due, members in"
              + " their grace period). Asked for as text/csv, every row that matches (up to"
              + " 100,000), unpaged.")
  @GetMapping(path = "/societies/{societyId}/roster", produces = "application/json")
  public RosterPage roster(
      @PathVariable String societyId,
      @Valid @ParameterObject RosterQuery query,
      @RequestParam(defaultValue = "0") @Min(0) @Max(100_000) int page,
      @RequestParam(defaultValue = "20") @Min(1) @Max(200) int size) {
    return find(query.find(societyId, page, size));
  }

  @GetMapping(path = "/societies/{societyId}/roster", produces = "text/csv")
  public void export(
      @PathVariable String societyId,
      @Valid @ParameterObject RosterQuery query,
      HttpServletResponse response)
      throws IOException {
    RosterPage all = find(query.find(societyId, 0, EXPORT_LIMIT));
    response.setContentType("text/csv;charset=UTF-8");
    response.setHeader("Content-Disposition", "attachment; filename=\"roster.csv\"");
    Writer writer = new OutputStreamWriter(response.getOutputStream(), StandardCharsets.UTF_8);
    try (CSVPrinter csv = CSVFormat.DEFAULT.builder().setHeader(CSV_COLUMNS).get().print(writer)) {
      for (RosterEntry entry : all.items()) {
        csv.printRecord(
            entry.memberId(),
            text(entry.familyName()),
            text(entry.givenName()),
            text(entry.degree()),
            entry.trainingLevel(),
            text(entry.institution()),
            text(entry.specialty()),
            text(entry.email()),
            entry.status(),
            entry.category(),
            entry.memberSince(),
            entry.paidThrough());
      }
    }
  }

  private RosterPage find(FindSocietyRoster query) {
    return queries.query(query, ResponseTypes.instanceOf(RosterPage.class)).join();
  }
}
