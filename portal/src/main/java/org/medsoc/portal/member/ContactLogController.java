package org.medsoc.portal.member;

import static org.medsoc.portal.web.FormValues.blankToNull;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.medsoc.portal.services.Api;
import org.medsoc.portal.services.ServiceProblem;
import org.medsoc.portal.services.Services;
import org.medsoc.portal.web.FormValues;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The member's private contact log: the people they met, the follow-ups due this week and those
 * overdue, each touch recorded with the next step. Key mentors and sponsors are touched base with
 * every 6 to 12 months (6 by default); the page offers the member's mentors and sponsors not yet in
 * the log. Nobody else reads it, not even staff.
 */
@Controller
class ContactLogController {

  private final MemberSelf self;
  private final Api members;

  ContactLogController(MemberSelf self, Services services) {
    this.self = self;
    this.members = new Api(services.member());
  }

  @GetMapping("/contacts")
  String contacts(Model model) {
    String me = self.requireMemberId();
    Map<String, String> ids = Map.of("memberId", me);
    for (String list : List.of("OVERDUE", "DUE_THIS_WEEK", "ALL")) {
      model.addAttribute(
          list.toLowerCase(),
          members.get("/members/{memberId}/contacts", ids, Map.of("followUps", list)));
    }
    model.addAttribute("today", java.time.LocalDate.now(java.time.ZoneOffset.UTC).toString());
    model.addAttribute("keyPeople", keyPeopleNotInTheLog(me, model));
    return "portal/member/contacts";
  }

  @PostMapping("/contacts")
  String add(@RequestParam Map<String, String> form, Model model) {
    String me = self.requireMemberId();
    Map<String, Object> contact = new HashMap<>();
    for (String field :
        List.of(
            "name",
            "role",
            "institution",
            "whereMet",
            "lastContactOn",
            "lastContactNote",
            "nextStep",
            "nextStepDue")) {
      contact.put(field, blankToNull(form.get(field)));
    }
    String months = blankToNull(form.get("touchBaseMonths"));
    contact.put(
        "touchBaseMonths",
        months != null && months.matches("\\d{1,2}") ? Integer.valueOf(months) : months);
    contact.put("interests", FormValues.list(form.get("interests")));
    return act("new", model, () -> members.post("/members/{memberId}/contacts", contact, me));
  }

  @PostMapping("/contacts/{contactId}/touches")
  String touch(
      @PathVariable String contactId, @RequestParam Map<String, String> form, Model model) {
    String me = self.requireMemberId();
    Map<String, Object> touch = new HashMap<>();
    for (String field : List.of("contactedOn", "note", "nextStep", "nextStepDue")) {
      touch.put(field, blankToNull(form.get(field)));
    }
    return act(
        contactId,
        model,
        () ->
            members.post("/members/{memberId}/contacts/{contactId}/touches", touch, me, contactId));
  }

  /**
   * The member's mentors (of mentorships going on) and sponsors not yet in their log by name: the
   * people the articles say to touch base with every 6 to 12 months.
   */
  private List<Map<String, String>> keyPeopleNotInTheLog(String me, Model model) {
    Set<String> logged = new HashSet<>();
    for (JsonNode c : (JsonNode) model.getAttribute("all")) {
      logged.add(c.path("name").asText().toLowerCase(Locale.ROOT));
    }
    Map<String, String> roles = new LinkedHashMap<>();
    for (JsonNode m : members.get("/members/{memberId}/mentorships", Map.of("memberId", me))) {
      if (m.path("menteeId").asText().equals(me) && m.path("status").asText().equals("ACTIVE")) {
        roles.putIfAbsent(m.path("mentorId").asText(), "MENTOR");
      }
    }
    for (JsonNode s : members.get("/members/{memberId}/sponsorships", Map.of("memberId", me))) {
      if (s.path("protegeId").asText().equals(me)) {
        roles.putIfAbsent(s.path("sponsorId").asText(), "SPONSOR");
      }
    }
    List<Map<String, String>> people = new ArrayList<>();
    roles.forEach(
        (memberId, role) -> {
          String name = self.nameOf(memberId);
          if (!logged.contains(name.toLowerCase(Locale.ROOT))) {
            people.add(Map.of("memberId", memberId, "name", name, "role", role));
          }
        });
    return people;
  }

  private String act(String about, Model model, Runnable step) {
    Optional<ServiceProblem> refusal = ServiceProblem.attempt(step);
    if (refusal.isEmpty()) {
      return "redirect:/contacts?done";
    }
    model.addAttribute("errors", refusal.get().reasons());
    model.addAttribute("errorsFor", about);
    return contacts(model);
  }
}
