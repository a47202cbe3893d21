package org.medsoc.portal.member;

import static org.medsoc.portal.web.FormValues.blankToNull;

import java.util.Arrays;
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
 * The member's private contact log: the people they met, the follow-ups due this week and those
 * overdue, each touch recorded with the next step. Nobody else reads it, not even staff.
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
    contact.put(
        "interests",
        Arrays.stream(form.getOrDefault("interests", "").split(","))
            .map(String::strip)
            .filter(i -> !i.isEmpty())
            .toList());
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
