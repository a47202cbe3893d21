package org.medsoc.portal.office;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.web.util.UriUtils;

/**
 * What staff filter a roster by, as the form and the links carry it. A queue is a named filter:
 * applications to decide, renewals due within 30, 60 or 90 days, members in their grace period,
 * lapsed members.
 */
public record RosterFilter(
    String queue,
    String q,
    String status,
    String category,
    String sectionId,
    String trainingLevel,
    LocalDate paidFrom,
    LocalDate paidTo,
    String sort,
    Boolean descending,
    Integer page) {

  static final int PAGE_SIZE = 25;

  /** The filter a queue stands for, on top of what else was chosen. */
  RosterFilter resolved(LocalDate today) {
    if (queue == null || queue.isBlank()) {
      return this;
    }
    return switch (queue) {
      case "applications" -> with("PENDING", null, null, "APPLIED", false);
      case "due30" -> with("ACTIVE", today, today.plusDays(30), "PAID_THROUGH", false);
      case "due60" -> with("ACTIVE", today, today.plusDays(60), "PAID_THROUGH", false);
      case "due90" -> with("ACTIVE", today, today.plusDays(90), "PAID_THROUGH", false);
      case "grace" -> with("ACTIVE", null, today.minusDays(1), "PAID_THROUGH", false);
      case "lapsed" -> with("LAPSED", null, null, "PAID_THROUGH", true);
      default -> this;
    };
  }

  private RosterFilter with(
      String status, LocalDate from, LocalDate to, String order, boolean newestFirst) {
    return new RosterFilter(
        queue,
        q,
        status,
        category,
        sectionId,
        trainingLevel,
        from,
        to,
        sort == null || sort.isBlank() ? order : sort,
        descending == null ? newestFirst : descending,
        page);
  }

  public int pageNumber() {
    return page == null || page < 0 ? 0 : page;
  }

  /** The service's query parameters for this filter (without paging). */
  Map<String, String> serviceParameters() {
    Map<String, String> parameters = new LinkedHashMap<>();
    put(parameters, "q", q);
    put(parameters, "status", status);
    put(parameters, "category", category);
    put(parameters, "sectionId", sectionId);
    put(parameters, "trainingLevel", trainingLevel);
    put(parameters, "paidFrom", paidFrom == null ? null : paidFrom.toString());
    put(parameters, "paidTo", paidTo == null ? null : paidTo.toString());
    put(parameters, "sort", sort);
    put(parameters, "direction", Boolean.TRUE.equals(descending) ? "DESCENDING" : null);
    return parameters;
  }

  /** This filter as the portal's own links carry it, on another page number. */
  public String link(int otherPage) {
    Map<String, String> parameters = new LinkedHashMap<>();
    put(parameters, "queue", queue);
    put(parameters, "q", q);
    if (queue == null || queue.isBlank()) {
      parameters.putAll(serviceParameters());
    }
    if (otherPage > 0) {
      parameters.put("page", String.valueOf(otherPage));
    }
    return query(parameters);
  }

  /** The query string of the CSV export of exactly what is filtered. */
  public String exportLink() {
    return query(serviceParameters());
  }

  static String query(Map<String, String> parameters) {
    return parameters.entrySet().stream()
        .map(
            e ->
                e.getKey()
                    + "="
                    + UriUtils.encodeQueryParam(
                        e.getValue(), java.nio.charset.StandardCharsets.UTF_8))
        .collect(Collectors.joining("&"));
  }

  private static void put(Map<String, String> parameters, String key, String value) {
    if (value != null && !value.isBlank()) {
      parameters.put(key, value);
    }
  }
}
