package org.medsoc.portal.office;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.medsoc.portal.services.Api;
import org.medsoc.portal.services.ServiceProblem;
import org.medsoc.portal.services.Services;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Committee support: a society's committees, each with its seat plan, its roster as of any day
 * (names, terms, flags), appointing, ending and renewing seats, and opening calls.
 * Committee-service decides who may; the flags it shows only to those who run the committee.
 */
@Controller
class CommitteeOfficeController {

  static final List<String> ROLES =
      List.of("CHAIR", "VICE_CHAIR", "MEMBER", "TRAINEE_REPRESENTATIVE");

  /** A seat on the roster as the page shows it. */
  record Seat(
      String appointmentId,
      String memberId,
      String name,
      String role,
      String termStart,
      String termEnd,
      String endedOn,
      String flag) {}

  /** A committee in its society's list. */
  record CommitteeLine(
      String committeeId, String name, boolean award, int seatsHeld, int seats, int termYears) {}

  /** A line of the seat plan: how many seats of a role, and how many are held on the day. */
  record PlanLine(String role, int seats, long held) {}

  private final MemberService members;
  private final Api committees;

  CommitteeOfficeController(MemberService members, Services services) {
    this.members = members;
    this.committees = new Api(services.committee());
  }

  @GetMapping("/societies/{societyId}/committees")
  String committees(@PathVariable String societyId, Model model) {
    model.addAttribute("society", members.society(societyId));
    List<CommitteeLine> lines = new ArrayList<>();
    for (JsonNode line :
        committees.get("/societies/{societyId}/committees", Map.of("societyId", societyId))) {
      JsonNode committee = line.path("committee");
      int seats = 0;
      for (JsonNode count : committee.path("seatPlan")) {
        seats += count.asInt();
      }
      lines.add(
          new CommitteeLine(
              committee.path("committeeId").asText(),
              committee.path("name").asText(),
              committee.path("awardCommittee").asBoolean(),
              line.path("seatsHeld").asInt(),
              seats,
              committee.path("defaultTermYears").asInt()));
    }
    model.addAttribute("committees", lines);
    return "portal/office/committees";
  }

  @GetMapping("/committees/{committeeId}")
  String committee(
      @PathVariable String committeeId,
      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf,
      @RequestParam(defaultValue = "") String find,
      Model model) {
    LocalDate day = asOf != null ? asOf : LocalDate.now(ZoneOffset.UTC);
    Map<String, String> ids = Map.of("committeeId", committeeId);
    JsonNode committee = committees.get("/committees/{committeeId}", ids);
    String societyId = committee.path("societyId").asText();
    List<Seat> roster = new ArrayList<>();
    for (JsonNode seat :
        committees.get("/committees/{committeeId}/roster", ids, Map.of("asOf", day.toString()))) {
      String memberId = seat.path("memberId").asText();
      roster.add(
          new Seat(
              seat.path("appointmentId").asText(),
              memberId,
              members.nameOf(memberId),
              seat.path("role").asText(),
              seat.path("termStart").asText(),
              seat.path("termEnd").asText(),
              seat.path("endedOn").isTextual() ? seat.path("endedOn").asText() : null,
              seat.path("flag").isTextual() ? seat.path("flag").asText() : null));
    }
    List<PlanLine> plan = new ArrayList<>();
    committee
        .path("seatPlan")
        .properties()
        .forEach(
            line ->
                plan.add(
                    new PlanLine(
                        line.getKey(),
                        line.getValue().asInt(),
                        roster.stream().filter(s -> s.role().equals(line.getKey())).count())));
    model.addAttribute("committee", committee);
    model.addAttribute("society", members.society(societyId));
    model.addAttribute("plan", plan);
    model.addAttribute("roster", roster);
    model.addAttribute("asOf", day);
    model.addAttribute("today", LocalDate.now(ZoneOffset.UTC));
    model.addAttribute("calls", committees.get("/committees/{committeeId}/calls", ids));
    model.addAttribute("roles", ROLES);
    model.addAttribute("categories", RosterController.CATEGORIES);
    model.addAttribute("find", find);
    if (!find.isBlank()) {
      model.addAttribute(
          "candidates",
          members
              .roster(
                  societyId,
                  new RosterFilter(
                      null, find, "ACTIVE", null, null, null, null, null, null, null, 0))
              .path("items"));
    }
    model.addAttribute(
        "termEnd", day.plusYears(committee.path("defaultTermYears").asInt(1)).minusDays(1));
    return "portal/office/committee";
  }

  @PostMapping("/committees/{committeeId}/appointments")
  String appoint(
      @PathVariable String committeeId,
      @RequestParam(defaultValue = "") String memberId,
      @RequestParam(defaultValue = "") String role,
      @RequestParam(defaultValue = "") String termStart,
      @RequestParam(defaultValue = "") String termEnd,
      Model model) {
    return act(
        committeeId,
        "appointErrors",
        model,
        () ->
            committees.post(
                "/committees/{committeeId}/appointments",
                Map.of(
                    "memberId", memberId, "role", role, "termStart", termStart, "termEnd", termEnd),
                committeeId));
  }

  @PostMapping("/committees/{committeeId}/appointments/{appointmentId}/end")
  String end(
      @PathVariable String committeeId,
      @PathVariable String appointmentId,
      @RequestParam(defaultValue = "") String endedOn,
      @RequestParam(defaultValue = "") String reason,
      Model model) {
    model.addAttribute("problemFor", appointmentId);
    return act(
        committeeId,
        "seatErrors",
        model,
        () ->
            committees.post(
                "/committees/{committeeId}/appointments/{appointmentId}/end",
                Map.of("endedOn", endedOn, "reason", reason),
                committeeId,
                appointmentId));
  }

  @PostMapping("/committees/{committeeId}/appointments/{appointmentId}/renewal")
  String renew(
      @PathVariable String committeeId,
      @PathVariable String appointmentId,
      @RequestParam(defaultValue = "") String termEnd,
      Model model) {
    model.addAttribute("problemFor", appointmentId);
    return act(
        committeeId,
        "seatErrors",
        model,
        () ->
            committees.post(
                "/committees/{committeeId}/appointments/{appointmentId}/renewal",
                Map.of("termEnd", termEnd),
                committeeId,
                appointmentId));
  }

  @PostMapping("/committees/{committeeId}/calls")
  String openCall(
      @PathVariable String committeeId,
      @RequestParam(defaultValue = "COMMITTEE_SEAT") String purpose,
      @RequestParam(defaultValue = "") String title,
      @RequestParam(defaultValue = "") String description,
      @RequestParam(defaultValue = "") List<String> roles,
      @RequestParam(defaultValue = "") List<String> categories,
      @RequestParam(defaultValue = "") String opensOn,
      @RequestParam(defaultValue = "") String closesOn,
      @RequestParam(defaultValue = "false") boolean selfNominationAllowed,
      Model model) {
    Map<String, Object> call = new LinkedHashMap<>();
    call.put("purpose", purpose);
    call.put("title", title);
    call.put("description", description);
    call.put("roles", roles);
    call.put("eligibility", Map.of("categories", categories));
    call.put("opensOn", opensOn.isBlank() ? null : opensOn);
    call.put("closesOn", closesOn.isBlank() ? null : closesOn);
    call.put("selfNominationAllowed", selfNominationAllowed);
    model.addAttribute("callValues", call);
    return act(
        committeeId,
        "callErrors",
        model,
        () -> committees.post("/committees/{committeeId}/calls", call, committeeId));
  }

  /** Takes the step; a refusal shows on the committee's page next to the fields it names. */
  private String act(String committeeId, String errors, Model model, Runnable step) {
    Optional<ServiceProblem> refusal = ServiceProblem.attempt(step);
    if (refusal.isEmpty()) {
      return "redirect:/committees/" + committeeId + "?done";
    }
    model.addAttribute(errors, refusal.get().reasons());
    model.addAttribute(errors + "Text", refusal.get().reason());
    return committee(committeeId, null, "", model);
  }
}
