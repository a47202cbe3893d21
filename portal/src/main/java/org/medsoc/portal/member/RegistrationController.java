package org.medsoc.portal.member;

import java.util.LinkedHashMap;
import java.util.Map;
import org.medsoc.portal.security.Viewer;
import org.medsoc.portal.services.ServiceProblem;
import org.medsoc.portal.services.Services;
import org.springframework.http.MediaType;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * A signed-in person registers as a member with their profile. member-service judges the profile;
 * its refusals are shown next to the fields they name.
 */
@Controller
class RegistrationController {

  private final Services services;

  RegistrationController(Services services) {
    this.services = services;
  }

  @PostMapping("/registration")
  String register(
      @RequestParam(defaultValue = "") String givenName,
      @RequestParam(defaultValue = "") String familyName,
      @RequestParam(defaultValue = "") String institution,
      @RequestParam(defaultValue = "") String trainingLevel,
      Authentication authentication,
      Model model) {
    Viewer viewer = Viewer.of(authentication).orElseThrow();
    Map<String, Object> profile = new LinkedHashMap<>();
    profile.put("givenName", givenName);
    profile.put("familyName", familyName);
    profile.put("institution", institution);
    profile.put("email", viewer.email());
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("profile", profile);
    body.put("trainingLevel", trainingLevel.isBlank() ? null : trainingLevel);
    try {
      services
          .member()
          .post()
          .uri("/members")
          .contentType(MediaType.APPLICATION_JSON)
          .body(body)
          .retrieve()
          .toBodilessEntity();
    } catch (ServiceProblem problem) {
      if (problem.status() >= 500) {
        throw problem;
      }
      Map<String, String> errors = new LinkedHashMap<>();
      problem
          .fieldErrors()
          .forEach((field, reason) -> errors.put(field.replace("profile.", ""), reason));
      if (errors.isEmpty()) {
        errors.put("", problem.getMessage());
      }
      model.addAttribute("errors", errors);
      model.addAttribute(
          "values",
          Map.of(
              "givenName", givenName,
              "familyName", familyName,
              "institution", institution,
              "trainingLevel", trainingLevel));
      return "portal/register";
    }
    return "redirect:/";
  }
}
