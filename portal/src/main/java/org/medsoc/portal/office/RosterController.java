package org.medsoc.portal.office;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.medsoc.portal.services.MemberChoices;
import org.medsoc.portal.services.ServiceProblem;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * A society's roster for its membership office: search, filters, sorting and paging, the queues
 * (applications to decide, renewals coming due, grace, lapsed) with their decisions, and the CSV
 * export of exactly what is filtered. Member-service decides who may see and do each.
 */
@Controller
class RosterController {

  static final List<String> STATUSES =
      List.of("PENDING", "ACTIVE", "LAPSED", "REJECTED", "RESIGNED");
  static final List<String> CATEGORIES = MemberChoices.CATEGORIES;
  static final List<String> LEVELS = MemberChoices.TRAINING_LEVELS;
  static final List<String> SORTS =
      List.of("NAME", "PAID_THROUGH", "MEMBER_SINCE", "APPLIED", "INSTITUTION");
  static final List<String> QUEUES =
      List.of("applications", "due30", "due60", "due90", "grace", "lapsed");

  /** What became of one member in a decision taken for several at once. */
  record Outcome(String memberId, String name, boolean done, String reason) {
    static Outcome of(String memberId, String name, Optional<ServiceProblem> refusal) {
      return new Outcome(
          memberId, name, refusal.isEmpty(), refusal.map(ServiceProblem::reason).orElse(null));
    }
  }

  private final MemberService members;

  RosterController(MemberService members) {
    this.members = members;
  }

  @GetMapping("/societies/{societyId}/roster")
  String roster(
      @PathVariable String societyId, @ModelAttribute("filter") RosterFilter filter, Model model) {
    LocalDate today = LocalDate.now(ZoneOffset.UTC);
    RosterFilter resolved = filter.resolved(today);
    JsonNode society = members.society(societyId);
    JsonNode page = members.roster(societyId, resolved);
    model.addAttribute("society", society);
    model.addAttribute("filter", resolved);
    model.addAttribute("page", page);
    long total = page.path("totalItems").asLong();
    model.addAttribute(
        "pages", Math.max(1, (total + RosterFilter.PAGE_SIZE - 1) / RosterFilter.PAGE_SIZE));
    model.addAttribute("statuses", STATUSES);
    model.addAttribute("categories", CATEGORIES);
    model.addAttribute("levels", LEVELS);
    model.addAttribute("sorts", SORTS);
    model.addAttribute("queues", QUEUES);
    model.addAttribute("sections", sectionNames(society));
    model.addAttribute("nextYear", today.plusYears(1));
    return "portal/office/roster";
  }

  @GetMapping("/societies/{societyId}/roster.csv")
  void export(
      @PathVariable String societyId,
      @ModelAttribute RosterFilter filter,
      HttpServletResponse response)
      throws IOException {
    response.setContentType("text/csv;charset=UTF-8");
    response.setHeader(
        "Content-Disposition",
        "attachment; filename=\"roster-" + LocalDate.now(ZoneOffset.UTC) + ".csv\"");
    members.exportRoster(
        societyId, filter.resolved(LocalDate.now(ZoneOffset.UTC)), response.getOutputStream());
  }

  /** Approve or reject the chosen applications: each is its own decision, each reported. */
  @PostMapping("/societies/{societyId}/applications")
  String decide(
      @PathVariable String societyId,
      @RequestParam(defaultValue = "") List<String> memberIds,
      @RequestParam(defaultValue = "") String decision,
      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
          LocalDate paidThrough,
      @RequestParam(defaultValue = "") String reason,
      @RequestParam Map<String, String> form,
      Model model) {
    Map<String, String> errors = new LinkedHashMap<>();
    if (memberIds.isEmpty()) {
      errors.put("memberIds", "office.decide.noneChosen");
    }
    boolean approving = decision.equals("approve");
    if (approving && paidThrough == null) {
      errors.put("paidThrough", "office.decide.paidThroughMissing");
    }
    if (!approving && reason.isBlank()) {
      errors.put("reason", "office.decide.reasonMissing");
    }
    if (errors.isEmpty()) {
      List<Outcome> outcomes = new ArrayList<>();
      for (String memberId : memberIds) {
        String name = form.getOrDefault("name." + memberId, memberId);
        Runnable decideOne =
            approving
                ? () ->
                    members.post(
                        "/members/{memberId}/memberships/{societyId}/approval",
                        Map.of("paidThrough", paidThrough.toString()),
                        memberId,
                        societyId)
                : () ->
                    members.post(
                        "/members/{memberId}/memberships/{societyId}/rejection",
                        Map.of("reason", reason),
                        memberId,
                        societyId);
        outcomes.add(Outcome.of(memberId, name, ServiceProblem.attempt(decideOne)));
      }
      model.addAttribute("outcomes", outcomes);
      model.addAttribute("decision", decision);
    }
    model.addAttribute("errors", errors);
    model.addAttribute("reason", reason);
    return roster(
        societyId,
        new RosterFilter("applications", null, null, null, null, null, null, null, null, null, 0),
        model);
  }

  @PostMapping("/societies/{societyId}/reinstatements")
  String reinstate(
      @PathVariable String societyId,
      @RequestParam String memberId,
      @RequestParam(defaultValue = "") String name,
      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
          LocalDate paidThrough,
      Model model) {
    Map<String, String> errors = new LinkedHashMap<>();
    if (paidThrough == null) {
      errors.put("paidThrough", "office.decide.paidThroughMissing");
    } else {
      Optional<ServiceProblem> refusal =
          ServiceProblem.attempt(
              () ->
                  members.post(
                      "/members/{memberId}/memberships/{societyId}/reinstatement",
                      Map.of("paidThrough", paidThrough.toString()),
                      memberId,
                      societyId));
      model.addAttribute("outcomes", List.of(Outcome.of(memberId, name, refusal)));
      model.addAttribute("decision", "reinstate");
    }
    model.addAttribute("errors", errors);
    return roster(
        societyId,
        new RosterFilter("lapsed", null, null, null, null, null, null, null, null, null, 0),
        model);
  }

  static Map<String, String> sectionNames(JsonNode society) {
    Map<String, String> names = new LinkedHashMap<>();
    society
        .path("sections")
        .forEach(s -> names.put(s.path("sectionId").asText(), s.path("name").asText()));
    return names;
  }
}
