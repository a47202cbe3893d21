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
import org.medsoc.portal.web.LocalTimes;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Abstracts and posters: the abstracts submitted, accepted or rejected with a reason the presenter
 * is told, accepted posters given a board in a poster session, presented posters recorded (they go
 * on the presenter's record), and the board plan. Events-service decides who may.
 */
@Controller
class PostersController {

  /** An abstract as the page shows it, its presenter named. */
  record Submitted(
      String abstractId,
      String memberId,
      String presenter,
      String title,
      String authors,
      String status,
      String decisionReason,
      String sessionId,
      Integer boardNumber,
      boolean presented) {}

  /** A poster session with the boards given in it, in board order. */
  record Boards(String sessionId, String title, String start, List<Submitted> posters) {}

  private final MemberService members;
  private final Api events;

  PostersController(MemberService members, Services services) {
    this.members = members;
    this.events = new Api(services.events());
  }

  @GetMapping("/conferences/{conferenceId}/abstracts")
  String abstracts(@PathVariable String conferenceId, Model model) {
    Map<String, String> ids = Map.of("conferenceId", conferenceId);
    JsonNode conference = events.get("/conferences/{conferenceId}", ids);
    Map<String, Boards> boards = new LinkedHashMap<>();
    for (JsonNode s : events.get("/conferences/{conferenceId}/programme", ids)) {
      if (s.path("kind").asText().equals("POSTER_SESSION") && !s.path("cancelled").asBoolean()) {
        boards.put(
            s.path("sessionId").asText(),
            new Boards(
                s.path("sessionId").asText(),
                s.path("title").asText(),
                LocalTimes.minute(s.path("start").asText()),
                new ArrayList<>()));
      }
    }
    Map<String, String> names = new HashMap<>();
    List<Submitted> toDecide = new ArrayList<>();
    List<Submitted> accepted = new ArrayList<>();
    List<Submitted> rejected = new ArrayList<>();
    for (JsonNode a : events.get("/conferences/{conferenceId}/abstracts", ids)) {
      String memberId = a.path("memberId").asText();
      Submitted submitted =
          new Submitted(
              a.path("abstractId").asText(),
              memberId,
              names.computeIfAbsent(memberId, members::nameOf),
              a.path("title").asText(),
              a.path("authors").asText(),
              a.path("status").asText(),
              a.path("decisionReason").asText(null),
              a.path("sessionId").asText(null),
              a.path("boardNumber").isNumber() ? a.path("boardNumber").asInt() : null,
              a.path("presented").asBoolean());
      switch (submitted.status()) {
        case "ACCEPTED" -> accepted.add(submitted);
        case "REJECTED" -> rejected.add(submitted);
        default -> toDecide.add(submitted);
      }
      if (submitted.sessionId() != null && boards.containsKey(submitted.sessionId())) {
        boards.get(submitted.sessionId()).posters().add(submitted);
      }
    }
    boards
        .values()
        .forEach(b -> b.posters().sort((x, y) -> x.boardNumber().compareTo(y.boardNumber())));
    model.addAttribute("conference", conference);
    model.addAttribute("societyId", conference.path("societyId").asText());
    model.addAttribute("toDecide", toDecide);
    model.addAttribute("accepted", accepted);
    model.addAttribute("rejected", rejected);
    model.addAttribute("boards", List.copyOf(boards.values()));
    return "portal/office/abstracts";
  }

  @PostMapping("/conferences/{conferenceId}/abstracts/{abstractId}/decision")
  String decide(
      @PathVariable String conferenceId,
      @PathVariable String abstractId,
      @RequestParam(defaultValue = "") String accept,
      @RequestParam(defaultValue = "") String reason,
      Model model) {
    Map<String, Object> decision = new HashMap<>();
    decision.put("accept", accept.isEmpty() ? null : Boolean.valueOf(accept));
    decision.put("reason", reason.isBlank() ? null : reason.strip());
    return act(
        conferenceId,
        abstractId,
        model,
        () ->
            events.post(
                "/conferences/{conferenceId}/abstracts/{abstractId}/decision",
                decision,
                conferenceId,
                abstractId));
  }

  @PostMapping("/conferences/{conferenceId}/abstracts/{abstractId}/poster")
  String board(
      @PathVariable String conferenceId,
      @PathVariable String abstractId,
      @RequestParam(defaultValue = "") String sessionId,
      @RequestParam(defaultValue = "") String boardNumber,
      Model model) {
    Map<String, Object> board = new HashMap<>();
    board.put("sessionId", sessionId.isBlank() ? null : sessionId);
    board.put("boardNumber", boardNumber.isBlank() ? null : numberOrAsTyped(boardNumber.strip()));
    return act(
        conferenceId,
        abstractId,
        model,
        () ->
            events.post(
                "/conferences/{conferenceId}/abstracts/{abstractId}/poster",
                board,
                conferenceId,
                abstractId));
  }

  @PostMapping("/conferences/{conferenceId}/abstracts/{abstractId}/presented")
  String presented(
      @PathVariable String conferenceId, @PathVariable String abstractId, Model model) {
    return act(
        conferenceId,
        abstractId,
        model,
        () ->
            events.post(
                "/conferences/{conferenceId}/abstracts/{abstractId}/presented",
                null,
                conferenceId,
                abstractId));
  }

  /** A number as JSON wants it; anything else as typed, for the service to refuse by name. */
  private static Object numberOrAsTyped(String typed) {
    try {
      return Integer.valueOf(typed);
    } catch (NumberFormatException e) {
      return typed;
    }
  }

  private String act(String conferenceId, String abstractId, Model model, Runnable step) {
    Optional<ServiceProblem> refusal = ServiceProblem.attempt(step);
    if (refusal.isEmpty()) {
      return "redirect:/conferences/" + conferenceId + "/abstracts?done#abstract-" + abstractId;
    }
    model.addAttribute("errors", refusal.get().reasons());
    model.addAttribute("errorsFor", abstractId);
    return abstracts(conferenceId, model);
  }
}
