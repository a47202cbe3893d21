package org.medsoc.portal.audit;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.medsoc.portal.services.Api;
import org.medsoc.portal.services.ServiceProblem;
import org.medsoc.portal.services.Services;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.client.ResourceAccessException;
import org.springframework.web.client.RestClient;

/**
 * The audit's questions as pages for auditors (and staff, within their societies): a member's
 * timeline and nominations, the story of one nomination, a committee's roster on a day with how
 * each seat was filled, a sponsor's actions between two days, the export, and each service's event
 * chain. Every member named links to their timeline. The audit holds ids, never names.
 */
@Controller
class AuditPagesController {

  static final List<String> GROUPS = List.of("CAREER_STAGE", "SECTION", "INSTITUTION");

  private final Api audit;
  private final Api members;
  private final Map<String, RestClient> chains = new LinkedHashMap<>();

  AuditPagesController(Services services) {
    this.audit = new Api(services.audit());
    this.members = new Api(services.member());
    chains.put("member-service", services.member());
    chains.put("committee-service", services.committee());
    chains.put("events-service", services.events());
    chains.put("audit-service", services.audit());
  }

  @GetMapping("/audit")
  String questions(Model model) {
    LocalDate today = LocalDate.now(ZoneOffset.UTC);
    model.addAttribute("today", today);
    model.addAttribute("yearAgo", today.minusYears(1));
    return "portal/audit/questions";
  }

  /** The question forms name an id; each answer has an address of its own, to link and keep. */
  @GetMapping("/audit/go/{question}")
  String go(
      @PathVariable String question,
      @RequestParam Map<String, String> form,
      org.springframework.web.servlet.mvc.support.RedirectAttributes next) {
    String id =
        switch (question) {
          case "member", "sponsor" -> form.getOrDefault("memberId", "");
          case "nomination" -> form.getOrDefault("nominationId", "");
          case "committee" -> form.getOrDefault("committeeId", "");
          default -> "";
        };
    if (id.isBlank()) {
      return "redirect:/audit";
    }
    next.addAttribute("id", id.strip());
    switch (question) {
      case "sponsor" -> {
        next.addAttribute("from", form.getOrDefault("from", ""));
        next.addAttribute("to", form.getOrDefault("to", ""));
        return "redirect:/audit/sponsors/{id}";
      }
      case "committee" -> {
        next.addAttribute("asOf", form.getOrDefault("asOf", ""));
        return "redirect:/audit/committees/{id}";
      }
      case "nomination" -> {
        return "redirect:/audit/nominations/{id}";
      }
      default -> {
        return "redirect:/audit/members/{id}";
      }
    }
  }

  @GetMapping("/audit/members/{memberId}")
  String member(
      @PathVariable String memberId,
      @RequestParam(defaultValue = "0") int page,
      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf,
      Model model) {
    Map<String, String> ids = Map.of("memberId", memberId);
    LocalDate day = asOf != null ? asOf : LocalDate.now(ZoneOffset.UTC);
    model.addAttribute("memberId", memberId);
    model.addAttribute("asOf", day);
    model.addAttribute(
        "timeline",
        get("/audit/members/{memberId}/timeline", ids, Map.of("page", String.valueOf(page))));
    model.addAttribute(
        "nominations",
        get("/audit/members/{memberId}/nominations", ids, Map.of("asOf", day.toString())));
    model.addAttribute(
        "standing", get("/audit/members/{memberId}/standing", ids, Map.of("asOf", day.toString())));
    model.addAttribute("page", page);
    return "portal/audit/member";
  }

  @GetMapping("/audit/nominations/{nominationId}")
  String nomination(@PathVariable String nominationId, Model model) {
    JsonNode story =
        get(
            "/audit/nominations/{nominationId}/timeline",
            Map.of("nominationId", nominationId),
            Map.of());
    model.addAttribute("nominationId", nominationId);
    model.addAttribute("story", story);
    model.addAttribute("standings", standingsOnTheDays(story));
    return "portal/audit/nomination";
  }

  @GetMapping("/audit/committees/{committeeId}")
  String roster(
      @PathVariable String committeeId,
      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf,
      Model model) {
    LocalDate day = asOf != null ? asOf : LocalDate.now(ZoneOffset.UTC);
    model.addAttribute("committeeId", committeeId);
    model.addAttribute("asOf", day);
    model.addAttribute(
        "roster",
        get(
            "/audit/committees/{committeeId}/roster",
            Map.of("committeeId", committeeId),
            Map.of("asOf", day.toString())));
    return "portal/audit/roster";
  }

  @GetMapping("/audit/sponsors/{memberId}")
  String sponsor(
      @PathVariable String memberId,
      @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
      @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
      @RequestParam(defaultValue = "0") int page,
      Model model) {
    model.addAttribute("memberId", memberId);
    model.addAttribute("from", from);
    model.addAttribute("to", to);
    model.addAttribute("page", page);
    model.addAttribute(
        "actions",
        get(
            "/audit/sponsors/{memberId}/actions",
            Map.of("memberId", memberId),
            Map.of("from", from.toString(), "to", to.toString(), "page", String.valueOf(page))));
    return "portal/audit/sponsor";
  }

  /** The nominee's standing on the day they were nominated, and on the day they were appointed. */
  record DayStanding(String what, String day, String memberId, JsonNode standing) {}

  private java.util.List<DayStanding> standingsOnTheDays(JsonNode story) {
    java.util.List<DayStanding> days = new java.util.ArrayList<>();
    String nominee = null;
    for (JsonNode action : story) {
      String kind = action.path("kind").asText();
      String step = action.path("step").asText();
      String day = action.path("occurredAt").asText().substring(0, 10);
      if (kind.equals("NOMINATION") && step.equals("SUBMITTED")) {
        nominee = action.path("detail").path("nomineeId").asText(null);
        if (nominee != null) {
          days.add(new DayStanding("NOMINATED", day, nominee, standing(nominee, day)));
        }
      } else if (kind.equals("APPOINTMENT") && step.equals("APPOINTED")) {
        String member = action.path("detail").path("memberId").asText(nominee);
        days.add(new DayStanding("APPOINTED", day, member, standing(member, day)));
      }
    }
    return days;
  }

  private JsonNode standing(String memberId, String day) {
    return get(
        "/audit/members/{memberId}/standing", Map.of("memberId", memberId), Map.of("asOf", day));
  }

  /**
   * Fairness at a glance: per year and career stage, how many were nominated, sponsored, introduced
   * and appointed, as bars drawn here (SVG) with the count written beside each.
   */
  @GetMapping("/audit/fairness")
  String fairness(
      @RequestParam(required = false) Integer fromYear,
      @RequestParam(required = false) Integer toYear,
      @RequestParam(defaultValue = "CAREER_STAGE") String by,
      Model model) {
    int to = toYear != null ? toYear : LocalDate.now(ZoneOffset.UTC).getYear();
    int from = fromYear != null ? fromYear : to - 4;
    String group = GROUPS.contains(by) ? by : "CAREER_STAGE";
    JsonNode counts =
        get(
            "/audit/fairness",
            Map.of(),
            Map.of("fromYear", String.valueOf(from), "toYear", String.valueOf(to), "by", group));
    Map<String, String> sections = group.equals("SECTION") ? sectionNames() : Map.of();
    model.addAttribute("fromYear", from);
    model.addAttribute("toYear", to);
    model.addAttribute("by", group);
    model.addAttribute("groups", GROUPS);
    model.addAttribute("charts", FairnessChart.of(counts, id -> sections.getOrDefault(id, id)));
    return "portal/audit/fairness";
  }

  /** Each section's name with its society's ("Academy of Pediatrics · Neonatology"). */
  private Map<String, String> sectionNames() {
    Map<String, String> names = new HashMap<>();
    for (JsonNode society : members.get("/societies", Map.of())) {
      JsonNode full =
          members.get(
              "/societies/{societyId}", Map.of("societyId", society.path("societyId").asText()));
      for (JsonNode section : full.path("sections")) {
        names.put(
            section.path("sectionId").asText(),
            full.path("name").asText() + " · " + section.path("name").asText());
      }
    }
    return names;
  }

  /** The export, streamed from the audit to the browser as it is read: nothing held here. */
  @GetMapping("/audit/export")
  void export(
      @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
      @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
      @RequestParam(defaultValue = "csv") String format,
      HttpServletResponse response) {
    audit.stream(
        "/audit/actions/export",
        Map.of("from", from.toString(), "to", to.toString(), "format", format),
        MediaType.ALL,
        (headers, body) -> {
          MediaType type = headers.getContentType();
          response.setContentType(type == null ? "application/octet-stream" : type.toString());
          for (String header : java.util.List.of("Content-Disposition", "X-Audit-Actions")) {
            String value = headers.getFirst(header);
            if (value != null) {
              response.setHeader(header, value);
            }
          }
          body.transferTo(response.getOutputStream());
        });
  }

  /**
   * Each service's event chain, verified now and held to the checkpoints the audit kept of it:
   * sealed events, the head, how many checkpoints it matches, and whether it holds.
   */
  @GetMapping("/audit/chains")
  String chains(Model model) {
    Map<String, JsonNode> verified = new LinkedHashMap<>();
    Map<String, String> unavailable = new LinkedHashMap<>();
    chains.forEach(
        (service, client) -> {
          try {
            JsonNode checkpoints =
                audit.get("/audit/chain-checkpoints/{service}", Map.of("service", service));
            verified.put(
                service,
                client
                    .post()
                    .uri("/audit/event-chain/checks")
                    .contentType(org.springframework.http.MediaType.APPLICATION_JSON)
                    .body(Map.of("checkpoints", checkpoints))
                    .retrieve()
                    .body(JsonNode.class));
          } catch (ResourceAccessException | ServiceProblem down) {
            unavailable.put(service, down.getMessage());
          }
        });
    model.addAttribute("verified", verified);
    model.addAttribute("unavailable", unavailable);
    model.addAttribute("verifiedAt", Instant.now());
    return "portal/audit/chains";
  }

  private JsonNode get(String path, Map<String, String> ids, Map<String, String> parameters) {
    return audit.get(path, ids, parameters);
  }
}
