package org.medsoc.portal.office;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * A member as their society's office sees them: profile, the membership with every step of its
 * history (who took it and when), sections by name, and the professional record.
 */
@Controller
class MemberPageController {

  /**
   * One step of the history as the page shows it.
   *
   * @param by who took it: PLATFORM (on a schedule), MEMBER (the member themself) or STAFF
   * @param detail what it recorded, by detail key, sections named
   */
  record Step(
      String occurredAt,
      String step,
      String by,
      String actor,
      String actorRoles,
      List<Map.Entry<String, String>> detail) {}

  private final MemberService members;
  private final OfficePeople people;

  MemberPageController(MemberService members, OfficePeople people) {
    this.members = members;
    this.people = people;
  }

  @GetMapping("/societies/{societyId}/members/{memberId}")
  String member(@PathVariable String societyId, @PathVariable String memberId, Model model) {
    Map<String, String> ids = Map.of("memberId", memberId);
    JsonNode society = members.society(societyId);
    JsonNode member = members.get("/members/{memberId}", ids, Map.of());
    JsonNode membership = null;
    for (JsonNode candidate : member.path("memberships")) {
      if (societyId.equals(candidate.path("societyId").asText())) {
        membership = candidate;
      }
    }
    Map<String, String> sections = RosterController.sectionNames(society);
    List<Step> steps = new ArrayList<>();
    for (JsonNode step : members.get("/members/{memberId}/membership-history", ids, Map.of())) {
      if (societyId.equals(step.path("societyId").asText())) {
        steps.add(step(step, memberId, sections));
      }
    }
    model.addAttribute("names", people.namesOf(steps.stream().map(Step::actor).toList()));
    model.addAttribute("society", society);
    model.addAttribute("interests", joined(member.path("profile").path("interests"), Map.of()));
    model.addAttribute(
        "memberSections",
        membership == null ? "" : joined(membership.path("sectionIds"), sections));
    model.addAttribute("member", member);
    model.addAttribute("membership", membership);
    model.addAttribute("steps", steps);
    model.addAttribute("record", members.get("/members/{memberId}/record", ids, Map.of()));
    return "portal/office/member";
  }

  private static Step step(JsonNode step, String memberId, Map<String, String> sections) {
    String actor = step.path("actor").asText();
    String by =
        actor.startsWith("system:") ? "PLATFORM" : actor.equals(memberId) ? "MEMBER" : "STAFF";
    List<Map.Entry<String, String>> detail = new ArrayList<>();
    step.path("detail")
        .properties()
        .forEach(
            field -> {
              String value = field.getValue().asText();
              detail.add(
                  Map.entry(
                      field.getKey(),
                      field.getKey().equals("sectionId")
                          ? sections.getOrDefault(value, value)
                          : value));
            });
    return new Step(
        step.path("occurredAt").asText(),
        step.path("step").asText(),
        by,
        actor,
        step.path("actorRoles").asText(),
        detail);
  }

  private static String joined(JsonNode values, Map<String, String> names) {
    List<String> texts = new ArrayList<>();
    values.forEach(value -> texts.add(names.getOrDefault(value.asText(), value.asText())));
    return String.join(", ", texts);
  }
}
