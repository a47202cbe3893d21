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

/**
 * Introductions: those the member received (accept or decline, record the meeting and the
 * follow-up), those they made, proposing one between two colleagues with the reason they should
 * meet, and asking a colleague for one (the colleague proposes it or declines). member-service
 * decides who may take each step.
 */
@Controller
class IntroductionPagesController {

  /** An introduction as one of its people reads it. */
  record Shown(
      String introductionId,
      String introducer,
      String other,
      String reason,
      String context,
      String status,
      Boolean myAnswer,
      String expiresOn,
      String meetingHeldOn,
      boolean followedUp) {}

  /** A request for an introduction as the asker or the colleague asked reads it. */
  record Asked(
      String requestId,
      String askerId,
      String asker,
      String introducer,
      String targetId,
      String target,
      String reason,
      String status,
      String declineReason) {}

  private final MemberSelf self;
  private final Api members;

  IntroductionPagesController(MemberSelf self, Services services) {
    this.self = self;
    this.members = new Api(services.member());
  }

  @GetMapping("/introductions")
  String introductions(
      @RequestParam(defaultValue = "") String first,
      @RequestParam(defaultValue = "") String second,
      @RequestParam(defaultValue = "") String via,
      @RequestParam(defaultValue = "") String to,
      Model model) {
    String me = self.requireMemberId();
    Map<String, String> ids = Map.of("memberId", me);
    Map<String, String> names = new HashMap<>();
    List<Shown> received = new ArrayList<>();
    for (JsonNode i : members.get("/members/{memberId}/introductions/received", ids)) {
      boolean firstSide = i.path("firstMemberId").asText().equals(me);
      String other = i.path(firstSide ? "secondMemberId" : "firstMemberId").asText();
      JsonNode answer = i.path(firstSide ? "firstAccepted" : "secondAccepted");
      received.add(shown(i, names.computeIfAbsent(other, self::nameOf), answer, names));
    }
    List<Shown> made = new ArrayList<>();
    for (JsonNode i : members.get("/members/{memberId}/introductions/made", ids)) {
      String sides =
          names.computeIfAbsent(i.path("firstMemberId").asText(), self::nameOf)
              + " · "
              + names.computeIfAbsent(i.path("secondMemberId").asText(), self::nameOf);
      made.add(shown(i, sides, null, names));
    }
    List<Asked> askedOfMe = new ArrayList<>();
    List<Asked> askedByMe = new ArrayList<>();
    for (JsonNode r : members.get("/members/{memberId}/introduction-requests", ids)) {
      Asked asked =
          new Asked(
              r.path("requestId").asText(),
              r.path("askerId").asText(),
              names.computeIfAbsent(r.path("askerId").asText(), self::nameOf),
              names.computeIfAbsent(r.path("introducerId").asText(), self::nameOf),
              r.path("targetId").asText(),
              names.computeIfAbsent(r.path("targetId").asText(), self::nameOf),
              r.path("reason").asText(),
              r.path("status").asText(),
              r.path("declineReason").asText(null));
      (r.path("askerId").asText().equals(me) ? askedByMe : askedOfMe).add(asked);
    }
    model.addAttribute("askedOfMe", askedOfMe);
    model.addAttribute("askedByMe", askedByMe);
    model.addAttribute("via", via);
    model.addAttribute("to", to);
    if (!via.isBlank()) {
      model.addAttribute("viaFound", colleagues(me, via));
    }
    if (!to.isBlank()) {
      model.addAttribute("toFound", colleagues(me, to));
    }
    model.addAttribute("received", received);
    model.addAttribute("made", made);
    model.addAttribute("first", first);
    model.addAttribute("second", second);
    if (!first.isBlank()) {
      model.addAttribute("firstFound", colleagues(me, first));
    }
    if (!second.isBlank()) {
      model.addAttribute("secondFound", colleagues(me, second));
    }
    return "portal/member/introductions";
  }

  @PostMapping("/introductions")
  String propose(
      @RequestParam(defaultValue = "") String firstMemberId,
      @RequestParam(defaultValue = "") String secondMemberId,
      @RequestParam(defaultValue = "") String reason,
      @RequestParam(defaultValue = "") String context,
      @RequestParam(defaultValue = "") String requestId,
      Model model) {
    Map<String, Object> introduction = new HashMap<>();
    introduction.put("requestId", blankToNull(requestId));
    introduction.put("firstMemberId", blankToNull(firstMemberId));
    introduction.put("secondMemberId", blankToNull(secondMemberId));
    introduction.put("reason", blankToNull(reason));
    introduction.put("context", blankToNull(context));
    return act(
        requestId.isBlank() ? "propose" : requestId,
        model,
        () -> members.post("/introductions", introduction));
  }

  @PostMapping("/introduction-requests")
  String ask(
      @RequestParam(defaultValue = "") String introducerId,
      @RequestParam(defaultValue = "") String targetId,
      @RequestParam(defaultValue = "") String reason,
      Model model) {
    Map<String, Object> request = new HashMap<>();
    request.put("introducerId", blankToNull(introducerId));
    request.put("targetId", blankToNull(targetId));
    request.put("reason", blankToNull(reason));
    return act("ask", model, () -> members.post("/introduction-requests", request));
  }

  @PostMapping("/introduction-requests/{requestId}/decline")
  String declineRequest(
      @PathVariable String requestId, @RequestParam(defaultValue = "") String reason, Model model) {
    Map<String, Object> decline = new HashMap<>();
    decline.put("reason", blankToNull(reason));
    return act(
        requestId,
        model,
        () -> members.post("/introduction-requests/{requestId}/decline", decline, requestId));
  }

  @PostMapping("/introductions/{introductionId}/{step}")
  String step(
      @PathVariable String introductionId,
      @PathVariable String step,
      @RequestParam Map<String, String> form,
      Model model) {
    Map<String, Object> body = new HashMap<>();
    String path =
        switch (step) {
          case "accept", "decline" -> {
            body.put("accept", step.equals("accept"));
            body.put("reason", blankToNull(form.get("reason")));
            yield "/introductions/{introductionId}/answer";
          }
          case "meeting" -> {
            body.put("heldOn", blankToNull(form.get("heldOn")));
            yield "/introductions/{introductionId}/meeting";
          }
          case "follow-up" -> {
            body.put("note", blankToNull(form.get("note")));
            yield "/introductions/{introductionId}/follow-up";
          }
          default ->
              throw new org.springframework.web.server.ResponseStatusException(
                  org.springframework.http.HttpStatus.NOT_FOUND);
        };
    return act(introductionId, model, () -> members.post(path, body, introductionId));
  }

  private Shown shown(JsonNode i, String other, JsonNode answer, Map<String, String> names) {
    return new Shown(
        i.path("introductionId").asText(),
        names.computeIfAbsent(i.path("introducerId").asText(), self::nameOf),
        other,
        i.path("reason").asText(),
        i.path("context").asText(null),
        i.path("status").asText(),
        answer == null || !answer.isBoolean() ? null : answer.asBoolean(),
        i.path("expiresAt").asText("").length() >= 10
            ? i.path("expiresAt").asText().substring(0, 10)
            : null,
        i.path("meetingHeldOn").asText(null),
        i.path("followedUp").asBoolean());
  }

  private JsonNode colleagues(String me, String q) {
    return members.get(
        "/members/{memberId}/colleagues", Map.of("memberId", me), Map.of("q", q.strip()));
  }

  private String act(String about, Model model, Runnable step) {
    Optional<ServiceProblem> refusal = ServiceProblem.attempt(step);
    if (refusal.isEmpty()) {
      return "redirect:/introductions?done";
    }
    model.addAttribute("errors", refusal.get().reason());
    model.addAttribute("errorsFor", about);
    return introductions("", "", "", "", model);
  }
}
