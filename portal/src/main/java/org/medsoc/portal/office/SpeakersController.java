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
 * Speaker invitations: invite a member found by name to speak on a topic, see who accepted or
 * declined (with their reason), and put a speaker who accepted into a talk, panel or workshop.
 * Events-service decides who may and refuses a speaker double-booked.
 */
@Controller
class SpeakersController {

  /** An invitation as the page shows it: the speaker named, the sessions they speak in. */
  record Invited(
      String invitationId,
      String memberId,
      String name,
      String topic,
      String status,
      String reason,
      boolean fromNomination,
      List<String> speaksIn) {}

  /** A session a speaker can be put into. */
  record Slot(String sessionId, String label) {}

  private final MemberService members;
  private final Api events;

  SpeakersController(MemberService members, Services services) {
    this.members = members;
    this.events = new Api(services.events());
  }

  @GetMapping("/conferences/{conferenceId}/speakers")
  String speakers(
      @PathVariable String conferenceId, @RequestParam(defaultValue = "") String q, Model model) {
    Map<String, String> ids = Map.of("conferenceId", conferenceId);
    JsonNode conference = events.get("/conferences/{conferenceId}", ids);
    String societyId = conference.path("societyId").asText();
    List<Slot> slots = new ArrayList<>();
    Map<String, List<String>> sessionsOf = new HashMap<>();
    for (JsonNode s : events.get("/conferences/{conferenceId}/programme", ids)) {
      String label = s.path("title").asText() + " · " + LocalTimes.minute(s.path("start").asText());
      for (JsonNode speaker : s.path("speakerIds")) {
        sessionsOf.computeIfAbsent(speaker.asText(), k -> new ArrayList<>()).add(label);
      }
      if (!s.path("cancelled").asBoolean() && hasSpeakers(s.path("kind").asText())) {
        slots.add(new Slot(s.path("sessionId").asText(), label));
      }
    }
    Map<String, String> names = new HashMap<>();
    List<Invited> invited = new ArrayList<>();
    for (JsonNode i : events.get("/conferences/{conferenceId}/speaker-invitations", ids)) {
      String memberId = i.path("memberId").asText();
      invited.add(
          new Invited(
              i.path("invitationId").asText(),
              memberId,
              names.computeIfAbsent(memberId, members::nameOf),
              i.path("topic").asText(),
              i.path("status").asText(),
              i.path("reason").asText(null),
              i.path("nominationId").isTextual(),
              sessionsOf.getOrDefault(memberId, List.of())));
    }
    Map<String, String> found = new LinkedHashMap<>();
    if (!q.isBlank()) {
      for (JsonNode m :
          members
              .roster(
                  societyId,
                  new RosterFilter(null, q, "ACTIVE", null, null, null, null, null, null, null, 0))
              .path("items")) {
        found.put(
            m.path("memberId").asText(),
            m.path("familyName").asText() + ", " + m.path("givenName").asText());
      }
    }
    model.addAttribute("conference", conference);
    model.addAttribute("societyId", societyId);
    model.addAttribute("invited", invited);
    model.addAttribute("slots", slots);
    model.addAttribute("q", q);
    model.addAttribute("found", found);
    return "portal/office/speakers";
  }

  @PostMapping("/conferences/{conferenceId}/speaker-invitations")
  String invite(
      @PathVariable String conferenceId,
      @RequestParam(defaultValue = "") String memberId,
      @RequestParam(defaultValue = "") String topic,
      @RequestParam(defaultValue = "") String q,
      Model model) {
    Map<String, Object> invitation = new HashMap<>();
    invitation.put("memberId", memberId.isBlank() ? null : memberId);
    invitation.put("topic", topic.isBlank() ? null : topic.strip());
    Optional<ServiceProblem> refusal =
        ServiceProblem.attempt(
            () ->
                events.post(
                    "/conferences/{conferenceId}/speaker-invitations", invitation, conferenceId));
    if (refusal.isEmpty()) {
      return "redirect:/conferences/" + conferenceId + "/speakers?invited#invitations";
    }
    model.addAttribute("inviteErrors", refusal.get().reasons());
    model.addAttribute("inviteErrorsFor", memberId);
    return speakers(conferenceId, q, model);
  }

  @PostMapping("/conferences/{conferenceId}/speaker-invitations/{invitationId}/session")
  String assign(
      @PathVariable String conferenceId,
      @PathVariable String invitationId,
      @RequestParam(defaultValue = "") String sessionId,
      Model model) {
    if (sessionId.isBlank()) {
      model.addAttribute("sessionMissingFor", invitationId);
      return speakers(conferenceId, "", model);
    }
    Optional<ServiceProblem> refusal =
        ServiceProblem.attempt(
            () ->
                events.post(
                    "/conferences/{conferenceId}/sessions/{sessionId}/speakers",
                    Map.of("invitationId", invitationId),
                    conferenceId,
                    sessionId));
    if (refusal.isEmpty()) {
      return "redirect:/conferences/"
          + conferenceId
          + "/speakers?assigned#invitation-"
          + invitationId;
    }
    model.addAttribute("errors", refusal.get().reasons());
    model.addAttribute("errorsFor", invitationId);
    return speakers(conferenceId, "", model);
  }

  private static boolean hasSpeakers(String kind) {
    return kind.equals("TALK") || kind.equals("PANEL") || kind.equals("WORKSHOP");
  }
}
