package org.medsoc.portal.member;

import static org.medsoc.portal.web.FormValues.blankToNull;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashMap;
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
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Sponsorship: as a sponsor, declare it with the protégé's goals, recommend them, write or decline
 * the letters they ask for, record what came of it; as a protégé, ask for a letter by a deadline
 * (warned under six weeks), see what the sponsor did, never a letter's text. member-service decides
 * who may.
 */
@Controller
class SponsorshipPagesController {

  static final List<String> ROLE_KINDS =
      List.of("FELLOWSHIP", "JOB", "PROGRAM", "COMMITTEE", "PANEL", "TALK", "AWARD");
  static final List<String> OUTCOMES =
      List.of(
          "MATCHED", "SELECTED", "APPOINTED", "AWARDED", "NOT_SELECTED", "DECLINED", "WITHDRAWN");

  /** A sponsorship as one of its two people reads it. */
  record Shown(
      String sponsorshipId,
      String other,
      String goals,
      List<JsonNode> actions,
      List<String> opportunities) {}

  private final MemberSelf self;
  private final Api members;

  SponsorshipPagesController(MemberSelf self, Services services) {
    this.self = self;
    this.members = new Api(services.member());
  }

  @GetMapping("/sponsorship")
  String sponsorship(@RequestParam(defaultValue = "") String q, Model model) {
    String me = self.requireMemberId();
    Map<String, String> names = new HashMap<>();
    List<Shown> sponsoring = new ArrayList<>();
    List<Shown> sponsoredBy = new ArrayList<>();
    for (JsonNode s : members.get("/members/{memberId}/sponsorships", Map.of("memberId", me))) {
      boolean sponsor = s.path("sponsorId").asText().equals(me);
      String other = s.path(sponsor ? "protegeId" : "sponsorId").asText();
      List<JsonNode> actions = new ArrayList<>();
      s.path("actions").forEach(actions::add);
      List<String> opportunities = new ArrayList<>();
      s.path("opportunities").forEach(o -> opportunities.add(o.asText()));
      Shown shown =
          new Shown(
              s.path("sponsorshipId").asText(),
              names.computeIfAbsent(other, self::nameOf),
              s.path("goals").asText(),
              actions,
              opportunities);
      (sponsor ? sponsoring : sponsoredBy).add(shown);
    }
    model.addAttribute("sponsoring", sponsoring);
    model.addAttribute("sponsoredBy", sponsoredBy);
    model.addAttribute("roleKinds", ROLE_KINDS);
    model.addAttribute("outcomes", OUTCOMES);
    model.addAttribute("q", q);
    if (!q.isBlank()) {
      model.addAttribute(
          "colleagues",
          members.get(
              "/members/{memberId}/colleagues", Map.of("memberId", me), Map.of("q", q.strip())));
    }
    return "portal/member/sponsorship";
  }

  @PostMapping("/sponsorship")
  String declare(
      @RequestParam(defaultValue = "") String protegeId,
      @RequestParam(defaultValue = "") String goals,
      Model model) {
    Map<String, Object> declared = new HashMap<>();
    declared.put("protegeId", blankToNull(protegeId));
    declared.put("goals", blankToNull(goals));
    return act("new", model, () -> members.post("/sponsorships", declared));
  }

  @PostMapping("/sponsorship/{sponsorshipId}/recommendations")
  String recommend(
      @PathVariable String sponsorshipId, @RequestParam Map<String, String> form, Model model) {
    Map<String, Object> recommendation = new HashMap<>();
    for (String field : List.of("roleKind", "target", "note")) {
      recommendation.put(field, blankToNull(form.get(field)));
    }
    return act(
        sponsorshipId,
        model,
        () ->
            members.post(
                "/sponsorships/{sponsorshipId}/recommendations", recommendation, sponsorshipId));
  }

  /** The protégé's hopes, one per line, stated anew as a whole. */
  @PostMapping("/sponsorship/{sponsorshipId}/opportunities")
  String stateOpportunities(
      @PathVariable String sponsorshipId,
      @RequestParam(defaultValue = "") String opportunities,
      Model model) {
    List<String> hopes =
        opportunities.lines().map(String::strip).filter(l -> !l.isEmpty()).toList();
    return act(
        sponsorshipId,
        model,
        () ->
            members.put(
                "/sponsorships/{sponsorshipId}/opportunities",
                Map.of("opportunities", hopes),
                sponsorshipId));
  }

  @PostMapping("/sponsorship/{sponsorshipId}/letters")
  String askForLetter(
      @PathVariable String sponsorshipId,
      @RequestParam(defaultValue = "") String purpose,
      @RequestParam(defaultValue = "") String deadline,
      Model model,
      RedirectAttributes next) {
    Map<String, Object> request = new HashMap<>();
    request.put("purpose", blankToNull(purpose));
    request.put("deadline", blankToNull(deadline));
    JsonNode[] answer = new JsonNode[1];
    Optional<ServiceProblem> refusal =
        ServiceProblem.attempt(
            () ->
                answer[0] =
                    members.postForAnswer(
                        "/sponsorships/{sponsorshipId}/letters", request, sponsorshipId));
    if (refusal.isPresent()) {
      model.addAttribute("errors", refusal.get().reason());
      model.addAttribute("errorsFor", sponsorshipId);
      return sponsorship("", model);
    }
    if (answer[0] != null && answer[0].path("warning").isTextual()) {
      next.addFlashAttribute("shortNotice", true);
    }
    return "redirect:/sponsorship?done";
  }

  @PostMapping("/sponsorship/{sponsorshipId}/letters/{letterId}/{step}")
  String letter(
      @PathVariable String sponsorshipId,
      @PathVariable String letterId,
      @PathVariable String step,
      @RequestParam(defaultValue = "") String content,
      @RequestParam(defaultValue = "") String reason,
      Model model) {
    boolean submitting = step.equals("submission");
    Map<String, Object> body = new HashMap<>();
    body.put(submitting ? "content" : "reason", blankToNull(submitting ? content : reason));
    return act(
        sponsorshipId,
        model,
        () ->
            members.post(
                "/sponsorships/{sponsorshipId}/letters/{letterId}/"
                    + (submitting ? "submission" : "decline"),
                body,
                sponsorshipId,
                letterId));
  }

  @PostMapping("/sponsorship/{sponsorshipId}/outcomes")
  String outcome(
      @PathVariable String sponsorshipId, @RequestParam Map<String, String> form, Model model) {
    Map<String, Object> outcome = new HashMap<>();
    for (String field : List.of("actionId", "outcome", "note")) {
      outcome.put(field, blankToNull(form.get(field)));
    }
    return act(
        sponsorshipId,
        model,
        () -> members.post("/sponsorships/{sponsorshipId}/outcomes", outcome, sponsorshipId));
  }

  private String act(String about, Model model, Runnable step) {
    Optional<ServiceProblem> refusal = ServiceProblem.attempt(step);
    if (refusal.isEmpty()) {
      return "redirect:/sponsorship?done";
    }
    model.addAttribute("errors", refusal.get().reason());
    model.addAttribute("errorsFor", about);
    return sponsorship("", model);
  }
}
