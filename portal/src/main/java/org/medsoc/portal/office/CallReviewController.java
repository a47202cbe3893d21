package org.medsoc.portal.office;

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
 * A call's review for those who run the committee: every application and consented nomination with
 * its statement, endorsements, consent and the declared conflicts; shortlist, decide with a reason,
 * appoint from the selection. What the candidate never sees is said on the page.
 */
@Controller
class CallReviewController {

  /** A submission as reviewers read it, people named. */
  record Submission(
      String submissionId,
      String kind,
      String candidateId,
      String candidate,
      String nominator,
      String role,
      String statement,
      String consent,
      String status,
      String reason,
      List<Map<String, String>> endorsements,
      List<String> conflicts) {}

  private final MemberService members;
  private final Api committees;

  CallReviewController(MemberService members, Services services) {
    this.members = members;
    this.committees = new Api(services.committee());
  }

  @GetMapping("/calls/{callId}")
  String call(@PathVariable String callId, Model model) {
    Map<String, String> ids = Map.of("callId", callId);
    JsonNode call = committees.get("/calls/{callId}", ids);
    JsonNode review = committees.get("/calls/{callId}/submissions", ids);
    Map<String, String> names = new HashMap<>();
    Map<String, List<String>> conflicts = new HashMap<>();
    for (JsonNode conflict : review.path("conflicts")) {
      conflicts
          .computeIfAbsent(conflict.path("candidateId").asText(), c -> new ArrayList<>())
          .add(conflict.path("reason").asText());
    }
    List<Submission> submissions = new ArrayList<>();
    for (JsonNode s : review.path("submissions")) {
      List<Map<String, String>> endorsements = new ArrayList<>();
      for (JsonNode e : s.path("endorsements")) {
        endorsements.add(
            Map.of(
                "endorser", name(e.path("endorserId").asText(), names),
                "relation", e.path("relation").asText(),
                "text", e.path("endorsement").asText()));
      }
      String candidateId = s.path("candidateId").asText();
      submissions.add(
          new Submission(
              s.path("submissionId").asText(),
              s.path("kind").asText(),
              candidateId,
              name(candidateId, names),
              s.path("nominatorId").isTextual()
                  ? name(s.path("nominatorId").asText(), names)
                  : null,
              s.path("role").asText(""),
              s.path("statement").asText(""),
              s.path("consent").asText(""),
              s.path("status").asText(""),
              s.path("reason").isTextual() ? s.path("reason").asText() : null,
              endorsements,
              conflicts.getOrDefault(candidateId, List.of())));
    }
    JsonNode committee =
        committees.get(
            "/committees/{committeeId}", Map.of("committeeId", call.path("committeeId").asText()));
    model.addAttribute("call", call);
    model.addAttribute("committee", committee);
    model.addAttribute("submissions", submissions);
    model.addAttribute("closed", call.path("closedOn").isTextual());
    model.addAttribute("today", java.time.LocalDate.now(java.time.ZoneOffset.UTC));
    model.addAttribute(
        "termEnd",
        java.time.LocalDate.now(java.time.ZoneOffset.UTC)
            .plusYears(committee.path("defaultTermYears").asInt(1))
            .minusDays(1));
    return "portal/office/call";
  }

  @PostMapping("/calls/{callId}/submissions/{submissionId}/shortlist")
  String shortlist(@PathVariable String callId, @PathVariable String submissionId, Model model) {
    return act(
        callId,
        submissionId,
        "SHORTLISTED",
        model,
        () ->
            committees.post(
                "/calls/{callId}/submissions/{submissionId}/shortlist",
                null,
                callId,
                submissionId));
  }

  @PostMapping("/calls/{callId}/submissions/{submissionId}/decision")
  String decide(
      @PathVariable String callId,
      @PathVariable String submissionId,
      @RequestParam(defaultValue = "") String outcome,
      @RequestParam(defaultValue = "") String reason,
      Model model) {
    Map<String, Object> decision = new LinkedHashMap<>();
    decision.put("outcome", outcome.isBlank() ? null : outcome);
    decision.put("reason", reason);
    return act(
        callId,
        submissionId,
        outcome,
        model,
        () ->
            committees.post(
                "/calls/{callId}/submissions/{submissionId}/decision",
                decision,
                callId,
                submissionId));
  }

  @PostMapping("/calls/{callId}/submissions/{submissionId}/appointment")
  String appoint(
      @PathVariable String callId,
      @PathVariable String submissionId,
      @RequestParam(defaultValue = "") String termStart,
      @RequestParam(defaultValue = "") String termEnd,
      Model model) {
    Map<String, Object> term = new LinkedHashMap<>();
    term.put("termStart", termStart.isBlank() ? null : termStart);
    term.put("termEnd", termEnd.isBlank() ? null : termEnd);
    return act(
        callId,
        submissionId,
        "APPOINTED",
        model,
        () ->
            committees.post(
                "/calls/{callId}/submissions/{submissionId}/appointment",
                term,
                callId,
                submissionId));
  }

  private String act(
      String callId, String submissionId, String becomes, Model model, Runnable step) {
    Optional<ServiceProblem> refusal = ServiceProblem.attempt(step);
    if (refusal.isPresent()) {
      model.addAttribute("errorsText", refusal.get().reason());
      model.addAttribute("errorsFor", submissionId);
      return call(callId, model);
    }
    awaitStatus(callId, submissionId, becomes);
    return "redirect:/calls/" + callId + "?done=" + submissionId + "#submission-" + submissionId;
  }

  /**
   * The review is a view that follows the call's events a moment later: the page waits for the step
   * to show (at most two seconds) so that staff see what they just did.
   */
  private void awaitStatus(String callId, String submissionId, String status) {
    for (int attempt = 0; attempt < 20; attempt++) {
      for (JsonNode s :
          committees
              .get("/calls/{callId}/submissions", Map.of("callId", callId))
              .path("submissions")) {
        if (s.path("submissionId").asText().equals(submissionId)
            && s.path("status").asText().equals(status)) {
          return;
        }
      }
      try {
        Thread.sleep(100);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return;
      }
    }
  }

  private String name(String memberId, Map<String, String> names) {
    return names.computeIfAbsent(memberId, members::nameOf);
  }
}
