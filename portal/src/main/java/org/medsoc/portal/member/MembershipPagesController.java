package org.medsoc.portal.member;

import static org.medsoc.portal.web.FormValues.blankToNull;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.medsoc.portal.security.Viewer;
import org.medsoc.portal.services.Api;
import org.medsoc.portal.services.MemberChoices;
import org.medsoc.portal.services.ServiceProblem;
import org.medsoc.portal.services.Services;
import org.medsoc.portal.web.FormValues;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * A member's own page: the professional profile (with a headline and links), the training level,
 * each membership with its status, category and paid-through day, its sections to join or leave,
 * and applying to another society. member-service judges every change.
 */
@Controller
class MembershipPagesController {

  /** A section of a membership's society, and whether the member is in it. */
  record Section(String sectionId, String name, boolean joined) {}

  /** A membership as the member reads it. */
  record Membership(
      String societyId,
      String society,
      String status,
      String category,
      String paidThrough,
      List<Section> sections) {}

  static final List<String> PROFILE_FIELDS =
      List.of(
          "givenName",
          "familyName",
          "degree",
          "institution",
          "specialty",
          "headline",
          "orcid",
          "linkedIn",
          "doximity");

  private final MemberSelf self;
  private final Api members;

  MembershipPagesController(MemberSelf self, Services services) {
    this.self = self;
    this.members = new Api(services.member());
  }

  @GetMapping("/me")
  String me(Model model) {
    String me = self.requireMemberId();
    JsonNode member = members.get("/members/{memberId}", Map.of("memberId", me));
    Map<String, String> societyNames = new LinkedHashMap<>();
    members
        .get("/societies", Map.of())
        .forEach(s -> societyNames.put(s.path("societyId").asText(), s.path("name").asText()));
    List<Membership> memberships = new ArrayList<>();
    for (JsonNode m : member.path("memberships")) {
      String societyId = m.path("societyId").asText();
      Set<String> joined = new java.util.HashSet<>();
      m.path("sectionIds").forEach(id -> joined.add(id.asText()));
      List<Section> sections = new ArrayList<>();
      members
          .get("/societies/{societyId}", Map.of("societyId", societyId))
          .path("sections")
          .forEach(
              s ->
                  sections.add(
                      new Section(
                          s.path("sectionId").asText(),
                          s.path("name").asText(),
                          joined.contains(s.path("sectionId").asText()))));
      memberships.add(
          new Membership(
              societyId,
              societyNames.getOrDefault(societyId, societyId),
              m.path("status").asText(),
              m.path("category").asText(),
              m.path("paidThrough").asText(null),
              sections));
    }
    Map<String, String> open = new LinkedHashMap<>(societyNames);
    memberships.forEach(m -> open.remove(m.societyId()));
    JsonNode profile = member.path("profile");
    if (!model.containsAttribute("values")) {
      Map<String, String> values = new HashMap<>();
      PROFILE_FIELDS.forEach(f -> values.put(f, profile.path(f).asText("")));
      List<String> interests = new ArrayList<>();
      profile.path("interests").forEach(i -> interests.add(i.asText()));
      values.put("interests", String.join(", ", interests));
      values.put("trainingLevel", member.path("trainingLevel").asText());
      model.addAttribute("values", values);
    }
    model.addAttribute("memberId", me);
    model.addAttribute("record", members.get("/members/{memberId}/record", Map.of("memberId", me)));
    model.addAttribute("email", profile.path("email").asText());
    model.addAttribute("memberships", memberships);
    model.addAttribute("openSocieties", open);
    model.addAttribute("categories", MemberChoices.CATEGORIES);
    model.addAttribute("levels", MemberChoices.TRAINING_LEVELS);
    return "portal/member/me";
  }

  @PostMapping("/me/profile")
  String profile(
      @RequestParam Map<String, String> form, Authentication authentication, Model model) {
    String me = self.requireMemberId();
    Map<String, Object> profile = new HashMap<>();
    PROFILE_FIELDS.forEach(f -> profile.put(f, blankToNull(form.get(f))));
    profile.put("interests", new ArrayList<>(FormValues.list(form.get("interests"))));
    profile.put("email", Viewer.of(authentication).orElseThrow().email());
    Optional<ServiceProblem> refusal =
        ServiceProblem.attempt(() -> members.put("/members/{memberId}/profile", profile, me));
    if (refusal.isEmpty()) {
      return "redirect:/me?saved#profile";
    }
    Map<String, String> errors = new LinkedHashMap<>();
    refusal.get().reasons().forEach((f, reason) -> errors.put(f.replace("profile.", ""), reason));
    model.addAttribute("errors", errors);
    model.addAttribute("values", form);
    return me(model);
  }

  @PostMapping("/me/training-level")
  String trainingLevel(@RequestParam(defaultValue = "") String trainingLevel, Model model) {
    String me = self.requireMemberId();
    Map<String, Object> change = new HashMap<>();
    change.put("trainingLevel", blankToNull(trainingLevel));
    return act(
        "levelErrors",
        "#profile",
        model,
        () -> members.put("/members/{memberId}/training-level", change, me));
  }

  @PostMapping("/me/memberships")
  String apply(
      @RequestParam(defaultValue = "") String societyId,
      @RequestParam(defaultValue = "") String category,
      Model model) {
    String me = self.requireMemberId();
    Map<String, Object> application = new HashMap<>();
    application.put("societyId", blankToNull(societyId));
    application.put("category", blankToNull(category));
    return act(
        "applyErrors",
        "#memberships",
        model,
        () -> members.post("/members/{memberId}/memberships", application, me));
  }

  @PostMapping("/me/memberships/{societyId}/sections/{sectionId}")
  String section(
      @PathVariable String societyId,
      @PathVariable String sectionId,
      @RequestParam(defaultValue = "join") String action,
      Model model) {
    String me = self.requireMemberId();
    String path = "/members/{memberId}/memberships/{societyId}/sections/{sectionId}";
    return act(
        "sectionErrors",
        "#memberships",
        model,
        action.equals("leave")
            ? () -> members.delete(path, me, societyId, sectionId)
            : () -> members.put(path, Map.of(), me, societyId, sectionId));
  }

  private String act(String errors, String anchor, Model model, Runnable step) {
    Optional<ServiceProblem> refusal = ServiceProblem.attempt(step);
    if (refusal.isEmpty()) {
      return "redirect:/me?saved" + anchor;
    }
    model.addAttribute(errors, refusal.get().reason());
    return me(model);
  }
}
