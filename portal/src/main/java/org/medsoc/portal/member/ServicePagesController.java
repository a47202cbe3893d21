package org.medsoc.portal.member;

import static org.medsoc.portal.web.FormValues.blankToNull;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.medsoc.portal.services.Api;
import org.medsoc.portal.services.ServiceProblem;
import org.medsoc.portal.services.Services;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * A member's committee service: the calls of their societies open today, to apply to or, when the
 * member does not meet a call's eligibility, told which of its conditions and what it asks; to
 * nominate a colleague for; the nominations they received (consent or decline, never seeing who
 * nominated them or what was written) and made, and their service history. committee-service
 * decides eligibility and who may.
 */
@Controller
class ServicePagesController {

  static final List<String> RELATIONS =
      List.of("MENTOR", "PROGRAM_DIRECTOR", "SPONSOR", "COLLEAGUE");

  /**
   * A call open today: whether the member may apply, and if not, each condition they do not meet
   * with the values the call asks for; a colleague may be nominated by an active member.
   */
  record OpenCall(JsonNode call, List<Unmet> unmet, boolean mayNominate) {

    public boolean mayApply() {
      return unmet.isEmpty();
    }
  }

  /** A condition of a call's eligibility the member does not meet, and what the call asks. */
  record Unmet(String criterion, List<String> asked) {}

  private final MemberSelf self;
  private final Api members;
  private final Api committees;

  ServicePagesController(MemberSelf self, Services services) {
    this.self = self;
    this.members = new Api(services.member());
    this.committees = new Api(services.committee());
  }

  @GetMapping("/service")
  String service(@RequestParam(defaultValue = "") String q, Model model) {
    String me = self.requireMemberId();
    Map<String, String> ids = Map.of("memberId", me);
    Map<String, Map<String, String>> sectionNames = new HashMap<>();
    Map<String, OpenCall> open = new LinkedHashMap<>();
    for (JsonNode o : committees.get("/members/{memberId}/calls-open-today", ids)) {
      JsonNode call = o.path("call");
      List<Unmet> unmet = new ArrayList<>();
      for (JsonNode criterion : o.path("unmet")) {
        JsonNode eligibility = call.path("eligibility");
        List<String> asked = new ArrayList<>();
        switch (criterion.asText()) {
          case "CATEGORY" -> eligibility.path("categories").forEach(c -> asked.add(c.asText()));
          case "TRAINING_LEVEL" ->
              eligibility.path("trainingLevels").forEach(l -> asked.add(l.asText()));
          case "SECTION" ->
              asked.add(
                  sectionNames
                      .computeIfAbsent(call.path("societyId").asText(), this::sectionsOf)
                      .getOrDefault(
                          eligibility.path("sectionId").asText(),
                          eligibility.path("sectionId").asText()));
          default -> {}
        }
        asked.sort(null);
        unmet.add(new Unmet(criterion.asText(), asked));
      }
      boolean active = unmet.stream().noneMatch(u -> u.criterion().equals("ACTIVE_MEMBERSHIP"));
      open.put(call.path("callId").asText(), new OpenCall(call, unmet, active));
    }
    JsonNode nominations = committees.get("/members/{memberId}/nominations", ids);
    Map<String, String> names = new HashMap<>();
    List<Map<String, String>> made = new ArrayList<>();
    for (JsonNode n : nominations.path("made")) {
      String candidate = n.path("candidateId").asText();
      made.add(
          Map.of(
              "candidate", names.computeIfAbsent(candidate, self::nameOf),
              "callId", n.path("callId").asText(),
              "status", n.path("status").asText(),
              "consent", n.path("consent").asText("")));
    }
    List<Map<String, Object>> applied = new ArrayList<>();
    for (JsonNode a : nominations.path("applied")) {
      List<String> endorsers = new ArrayList<>();
      a.path("endorsements")
          .forEach(
              e ->
                  endorsers.add(
                      names.computeIfAbsent(e.path("endorserId").asText(), self::nameOf)));
      String callId = a.path("callId").asText();
      applied.add(
          Map.of(
              "applicationId", a.path("submissionId").asText(),
              "callId", callId,
              "title", titleOf(callId, open),
              "status", a.path("status").asText(),
              "endorsers", endorsers));
    }
    List<Map<String, Object>> toEndorse = new ArrayList<>();
    for (JsonNode r : committees.get("/members/{memberId}/endorsement-requests", ids)) {
      toEndorse.add(
          Map.of(
              "callId", r.path("callId").asText(),
              "applicationId", r.path("applicationId").asText(),
              "applicant", names.computeIfAbsent(r.path("applicantId").asText(), self::nameOf),
              "title", r.path("callTitle").asText(),
              "closesOn", r.path("closesOn").asText(),
              "relation", r.path("relation").asText(),
              "endorsed", r.path("endorsed").asBoolean()));
    }
    model.addAttribute("applied", applied);
    model.addAttribute("toEndorse", toEndorse);
    model.addAttribute("relations", RELATIONS);
    model.addAttribute("open", List.copyOf(open.values()));
    model.addAttribute("received", nominations.path("received"));
    model.addAttribute("made", made);
    model.addAttribute("callTitles", titles(open));
    model.addAttribute("history", committees.get("/members/{memberId}/service-history", ids));
    model.addAttribute("q", q);
    if (!q.isBlank()) {
      model.addAttribute(
          "colleagues", members.get("/members/{memberId}/colleagues", ids, Map.of("q", q.strip())));
    }
    return "portal/member/service";
  }

  @PostMapping("/service/calls/{callId}/application")
  String apply(
      @PathVariable String callId,
      @RequestParam(defaultValue = "") String role,
      @RequestParam(defaultValue = "") String statement,
      Model model) {
    Map<String, Object> application = new HashMap<>();
    application.put("role", blankToNull(role));
    application.put("statement", blankToNull(statement));
    return act(
        callId, model, () -> committees.post("/calls/{callId}/applications", application, callId));
  }

  @PostMapping("/service/calls/{callId}/nominations")
  String nominate(
      @PathVariable String callId,
      @RequestParam(defaultValue = "") String nomineeId,
      @RequestParam(defaultValue = "") String role,
      @RequestParam(defaultValue = "") String statement,
      @RequestParam(defaultValue = "false") boolean asSponsor,
      Model model) {
    Map<String, Object> nomination = new HashMap<>();
    nomination.put("nomineeId", blankToNull(nomineeId));
    nomination.put("role", blankToNull(role));
    nomination.put("statement", blankToNull(statement));
    if (asSponsor) {
      nomination.put("sponsorshipId", sponsorshipOf(nomineeId));
    }
    return act(
        callId, model, () -> committees.post("/calls/{callId}/nominations", nomination, callId));
  }

  @PostMapping("/service/calls/{callId}/nominations/{nominationId}/answer")
  String answer(
      @PathVariable String callId,
      @PathVariable String nominationId,
      @RequestParam(defaultValue = "") String consent,
      @RequestParam(defaultValue = "") String reason,
      Model model) {
    Map<String, Object> answer = new HashMap<>();
    answer.put("consent", consent.isBlank() ? null : Boolean.valueOf(consent));
    answer.put("reason", blankToNull(reason));
    return act(
        nominationId,
        model,
        () ->
            committees.post(
                "/calls/{callId}/nominations/{nominationId}/answer", answer, callId, nominationId));
  }

  @PostMapping("/service/calls/{callId}/applications/{applicationId}/endorsement-requests")
  String askForEndorsement(
      @PathVariable String callId,
      @PathVariable String applicationId,
      @RequestParam(defaultValue = "") String endorserId,
      @RequestParam(defaultValue = "") String relation,
      Model model) {
    Map<String, Object> ask = new HashMap<>();
    ask.put("endorserId", blankToNull(endorserId));
    ask.put("relation", blankToNull(relation));
    return act(
        applicationId,
        model,
        () ->
            committees.post(
                "/calls/{callId}/applications/{applicationId}/endorsement-requests",
                ask,
                callId,
                applicationId));
  }

  @PostMapping("/service/calls/{callId}/applications/{applicationId}/endorsement")
  String endorse(
      @PathVariable String callId,
      @PathVariable String applicationId,
      @RequestParam(defaultValue = "") String relation,
      @RequestParam(defaultValue = "") String endorsement,
      Model model) {
    Map<String, Object> endorsed = new HashMap<>();
    endorsed.put("relation", blankToNull(relation));
    endorsed.put("endorsement", blankToNull(endorsement));
    return act(
        "endorse-" + applicationId,
        model,
        () ->
            committees.post(
                "/calls/{callId}/applications/{applicationId}/endorsements",
                endorsed,
                callId,
                applicationId));
  }

  /** The member's sponsorship of this colleague, if they sponsor them. */
  private String sponsorshipOf(String protegeId) {
    String me = self.requireMemberId();
    for (JsonNode s : members.get("/members/{memberId}/sponsorships", Map.of("memberId", me))) {
      if (s.path("sponsorId").asText().equals(me)
          && s.path("protegeId").asText().equals(protegeId)) {
        return s.path("sponsorshipId").asText();
      }
    }
    return null;
  }

  private Map<String, String> sectionsOf(String societyId) {
    Map<String, String> names = new HashMap<>();
    members
        .get("/societies/{societyId}", Map.of("societyId", societyId))
        .path("sections")
        .forEach(s -> names.put(s.path("sectionId").asText(), s.path("name").asText()));
    return names;
  }

  private String titleOf(String callId, Map<String, OpenCall> open) {
    OpenCall known = open.get(callId);
    return known != null
        ? known.call().path("title").asText()
        : committees.get("/calls/{callId}", Map.of("callId", callId)).path("title").asText();
  }

  private String act(String about, Model model, Runnable step) {
    Optional<ServiceProblem> refusal = ServiceProblem.attempt(step);
    if (refusal.isEmpty()) {
      return "redirect:/service?done";
    }
    model.addAttribute("errors", refusal.get().reason());
    model.addAttribute("errorsFor", about);
    return service("", model);
  }

  private static Map<String, String> titles(Map<String, OpenCall> open) {
    Map<String, String> titles = new HashMap<>();
    open.forEach((id, call) -> titles.put(id, call.call().path("title").asText()));
    return titles;
  }
}
