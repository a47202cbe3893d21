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
 * follow-up), those they made, and proposing one between two colleagues with the reason they should
 * meet. member-service decides who may take each step.
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
      Model model) {
    Map<String, Object> introduction = new HashMap<>();
    introduction.put("firstMemberId", blankToNull(firstMemberId));
    introduction.put("secondMemberId", blankToNull(secondMemberId));
    introduction.put("reason", blankToNull(reason));
    introduction.put("context", blankToNull(context));
    return act("propose", model, () -> members.post("/introductions", introduction));
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
    return introductions("", "", model);
  }
}
