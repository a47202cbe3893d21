package org.medsoc.portal.office;

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

/**
 * A speed-mentoring session: who took a trainee or mentor place, in the order they joined, with the
 * interests they gave; pairing by shared interests (events-service's rule); the pairs, each offered
 * to the trainee as a possible mentorship.
 */
@Controller
class SpeedMentoringController {

  /** A place as the page shows it, its holder named. */
  record Place(String memberId, String name, String role, String interests) {}

  /** A pair as the page shows it. */
  record Pair(String trainee, String mentor, String sharedInterests) {}

  private final MemberService members;
  private final Api events;

  SpeedMentoringController(MemberService members, Services services) {
    this.members = members;
    this.events = new Api(services.events());
  }

  @GetMapping("/conferences/{conferenceId}/sessions/{sessionId}/speed-mentoring")
  String session(@PathVariable String conferenceId, @PathVariable String sessionId, Model model) {
    Map<String, String> ids = Map.of("conferenceId", conferenceId, "sessionId", sessionId);
    JsonNode conference = events.get("/conferences/{conferenceId}", ids);
    JsonNode session = null;
    for (JsonNode s : events.get("/conferences/{conferenceId}/programme", ids)) {
      if (s.path("sessionId").asText().equals(sessionId)) {
        session = s;
      }
    }
    if (session == null || !session.path("kind").asText().equals("SPEED_MENTORING")) {
      throw new org.springframework.web.server.ResponseStatusException(
          org.springframework.http.HttpStatus.NOT_FOUND);
    }
    JsonNode mentoring =
        events.get("/conferences/{conferenceId}/sessions/{sessionId}/speed-mentoring", ids);
    Map<String, String> names = new HashMap<>();
    List<Place> places = new ArrayList<>();
    long trainees = 0;
    for (JsonNode p : mentoring.path("places")) {
      String memberId = p.path("memberId").asText();
      String role = p.path("role").asText();
      trainees += role.equals("TRAINEE") ? 1 : 0;
      places.add(
          new Place(
              memberId,
              names.computeIfAbsent(memberId, members::nameOf),
              role,
              joined(p, "interests")));
    }
    List<Pair> pairs = new ArrayList<>();
    for (JsonNode p : mentoring.path("pairs")) {
      pairs.add(
          new Pair(
              names.computeIfAbsent(p.path("traineeId").asText(), members::nameOf),
              names.computeIfAbsent(p.path("mentorId").asText(), members::nameOf),
              joined(p, "sharedInterests")));
    }
    model.addAttribute("conference", conference);
    model.addAttribute("mentoringSession", session);
    model.addAttribute("places", places);
    model.addAttribute("trainees", trainees);
    model.addAttribute("mentors", places.size() - trainees);
    model.addAttribute("pairs", pairs);
    return "portal/office/speed-mentoring";
  }

  @PostMapping("/conferences/{conferenceId}/sessions/{sessionId}/pairing")
  String pair(@PathVariable String conferenceId, @PathVariable String sessionId, Model model) {
    Optional<ServiceProblem> refusal =
        ServiceProblem.attempt(
            () ->
                events.post(
                    "/conferences/{conferenceId}/sessions/{sessionId}/pairing",
                    null,
                    conferenceId,
                    sessionId));
    if (refusal.isEmpty()) {
      return "redirect:/conferences/"
          + conferenceId
          + "/sessions/"
          + sessionId
          + "/speed-mentoring?paired#pairs";
    }
    model.addAttribute("pairingProblem", refusal.get().reason());
    return session(conferenceId, sessionId, model);
  }

  private static String joined(JsonNode node, String field) {
    List<String> values = new ArrayList<>();
    node.path(field).forEach(v -> values.add(v.asText()));
    return String.join(", ", values);
  }
}
