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
 * A member's mentorship: the mentor team with the next check-in due, the requests they sent, the
 * mentor's inbox of requests to answer, their mentees, and asking a colleague for mentorship with a
 * specific ask and a first step. member-service decides who may take each step.
 */
@Controller
class MentorshipPagesController {

  static final List<String> TYPES =
      List.of(
          "CAREER",
          "RESEARCH",
          "NEAR_PEER",
          "IDENTITY_OR_INTEREST",
          "EDUCATION",
          "LEADERSHIP",
          "WELLNESS");

  /** A mentorship as the member's page shows it: the other person named. */
  record Shown(
      String mentorshipId,
      String otherId,
      String other,
      String type,
      String status,
      String ask,
      String firstStep,
      String requestedOn,
      int checkIns,
      String lastCheckInOn,
      String lastAgreedNextSteps,
      String nextCheckInDue,
      boolean checkInOverdue,
      String declineReason,
      String endReason) {}

  private final MemberSelf self;
  private final Api members;

  MentorshipPagesController(MemberSelf self, Services services) {
    this.self = self;
    this.members = new Api(services.member());
  }

  @GetMapping("/mentorship")
  String mentorship(Model model) {
    String me = self.requireMemberId();
    Map<String, String> names = new HashMap<>();
    Map<String, List<Shown>> lists = new LinkedHashMap<>();
    for (String list : List.of("inbox", "team", "mentees", "asked", "ended")) {
      lists.put(list, new ArrayList<>());
    }
    String today = java.time.LocalDate.now(java.time.ZoneOffset.UTC).toString();
    for (JsonNode m : members.get("/members/{memberId}/mentorships", Map.of("memberId", me))) {
      boolean mentoring = m.path("mentorId").asText().equals(me);
      String otherId = m.path(mentoring ? "menteeId" : "mentorId").asText();
      String status = m.path("status").asText();
      String due = m.path("nextCheckInDue").asText(null);
      Shown shown =
          new Shown(
              m.path("mentorshipId").asText(),
              otherId,
              names.computeIfAbsent(otherId, self::nameOf),
              m.path("type").asText(),
              status,
              m.path("ask").asText(),
              m.path("firstStep").asText(),
              m.path("requestedAt").asText().substring(0, 10),
              m.path("checkIns").asInt(),
              m.path("lastCheckInOn").asText(null),
              m.path("lastAgreedNextSteps").asText(null),
              due,
              due != null && due.compareTo(today) < 0,
              m.path("declineReason").asText(null),
              m.path("endReason").asText(null));
      String list =
          switch (status) {
            case "REQUESTED" -> mentoring ? "inbox" : "asked";
            case "ACTIVE" -> mentoring ? "mentees" : "team";
            case "DECLINED" -> mentoring ? "ended" : "asked";
            default -> "ended";
          };
      lists.get(list).add(shown);
    }
    List<Map<String, String>> suggested = new ArrayList<>();
    for (JsonNode sg :
        members.get("/members/{memberId}/mentorship-suggestions", Map.of("memberId", me))) {
      if (sg.path("mentorshipId").isTextual()) {
        continue;
      }
      List<String> shared = new ArrayList<>();
      sg.path("sharedInterests").forEach(i -> shared.add(i.asText()));
      String mentor = sg.path("mentorId").asText();
      suggested.add(
          Map.of(
              "suggestionId", sg.path("pairId").asText(),
              "mentorId", mentor,
              "mentor", names.computeIfAbsent(mentor, self::nameOf),
              "metOn", sg.path("metOn").asText(),
              "shared", String.join(", ", shared)));
    }
    model.addAttribute("suggested", suggested);
    model.addAllAttributes(lists);
    model.addAttribute("today", today);
    return "portal/member/mentorship";
  }

  @GetMapping("/mentorship/ask")
  String ask(
      @RequestParam(defaultValue = "") String q,
      @RequestParam(defaultValue = "") String mentorId,
      @RequestParam(defaultValue = "") String suggestionId,
      Model model) {
    String me = self.requireMemberId();
    if (!q.isBlank()) {
      model.addAttribute(
          "colleagues",
          members.get(
              "/members/{memberId}/colleagues", Map.of("memberId", me), Map.of("q", q.strip())));
    }
    if (!mentorId.isBlank()) {
      model.addAttribute("mentorName", self.nameOf(mentorId));
    }
    model.addAttribute("q", q);
    model.addAttribute("mentorId", mentorId);
    model.addAttribute("suggestionId", suggestionId);
    model.addAttribute("types", TYPES);
    if (!model.containsAttribute("values")) {
      model.addAttribute("values", Map.of());
    }
    return "portal/member/ask-mentor";
  }

  @PostMapping("/mentorship/ask")
  String request(
      @RequestParam(defaultValue = "") String mentorId,
      @RequestParam(defaultValue = "") String type,
      @RequestParam(defaultValue = "") String ask,
      @RequestParam(defaultValue = "") String firstStep,
      @RequestParam(defaultValue = "") String suggestionId,
      Model model) {
    Map<String, Object> request = new HashMap<>();
    request.put("suggestionId", blankToNull(suggestionId));
    request.put("mentorId", blankToNull(mentorId));
    request.put("type", blankToNull(type));
    request.put("ask", blankToNull(ask));
    request.put("firstStep", blankToNull(firstStep));
    Optional<ServiceProblem> refusal =
        ServiceProblem.attempt(() -> members.post("/mentorships", request));
    if (refusal.isEmpty()) {
      return "redirect:/mentorship?asked#asked";
    }
    model.addAttribute("errors", refusal.get().reasons());
    model.addAttribute("values", Map.of("type", type, "ask", ask, "firstStep", firstStep));
    return ask("", mentorId, suggestionId, model);
  }

  @PostMapping("/mentorships/{mentorshipId}/answer")
  String answer(
      @PathVariable String mentorshipId,
      @RequestParam(defaultValue = "") String accept,
      @RequestParam(defaultValue = "") String reason,
      Model model) {
    Map<String, Object> answer = new HashMap<>();
    answer.put("accept", accept.isBlank() ? null : Boolean.valueOf(accept));
    answer.put("reason", blankToNull(reason));
    return act(
        mentorshipId,
        model,
        () -> members.post("/mentorships/{mentorshipId}/answer", answer, mentorshipId));
  }

  @PostMapping("/mentorships/{mentorshipId}/check-ins")
  String checkIn(
      @PathVariable String mentorshipId,
      @RequestParam(defaultValue = "") String heldOn,
      @RequestParam(defaultValue = "") String agenda,
      @RequestParam(defaultValue = "") String agreedNextSteps,
      Model model) {
    Map<String, Object> checkIn = new HashMap<>();
    checkIn.put("heldOn", blankToNull(heldOn));
    checkIn.put("agenda", blankToNull(agenda));
    checkIn.put("agreedNextSteps", blankToNull(agreedNextSteps));
    return act(
        mentorshipId,
        model,
        () -> members.post("/mentorships/{mentorshipId}/check-ins", checkIn, mentorshipId));
  }

  @PostMapping("/mentorships/{mentorshipId}/end")
  String end(
      @PathVariable String mentorshipId,
      @RequestParam(defaultValue = "") String reason,
      Model model) {
    Map<String, Object> ending = new HashMap<>();
    ending.put("reason", blankToNull(reason));
    return act(
        mentorshipId,
        model,
        () -> members.post("/mentorships/{mentorshipId}/end", ending, mentorshipId));
  }

  private String act(String mentorshipId, Model model, Runnable step) {
    Optional<ServiceProblem> refusal = ServiceProblem.attempt(step);
    if (refusal.isEmpty()) {
      return "redirect:/mentorship?done#mentorship-" + mentorshipId;
    }
    model.addAttribute("errors", refusal.get().reasons());
    model.addAttribute("errorsFor", mentorshipId);
    return mentorship(model);
  }
}
