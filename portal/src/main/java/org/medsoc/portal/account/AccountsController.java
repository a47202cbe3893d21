package org.medsoc.portal.account;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.medsoc.portal.services.ServiceProblem;
import org.medsoc.portal.services.Services;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Staff invite a person by email address (the link is shown until the platform sends email); a
 * platform administrator gives accounts their roles and societies. The issuer decides who may.
 */
@Controller
class AccountsController {

  static final List<String> ROLES = List.of("MEMBER", "STAFF", "AUDITOR", "PLATFORM_ADMIN");

  private final Services services;

  AccountsController(Services services) {
    this.services = services;
  }

  @GetMapping("/invitations")
  String invitationForm() {
    return "portal/invite";
  }

  @PostMapping("/invitations")
  String invite(
      @RequestParam(defaultValue = "") String email,
      @RequestParam(defaultValue = "") String name,
      Model model) {
    try {
      JsonNode invitation =
          services
              .identity()
              .post()
              .uri("/api/invitations")
              .contentType(MediaType.APPLICATION_JSON)
              .body(Map.of("email", email, "name", name))
              .retrieve()
              .body(JsonNode.class);
      model.addAttribute("invitedEmail", invitation.path("email").asText());
      model.addAttribute("invitationLink", invitation.path("link").asText());
    } catch (ServiceProblem problem) {
      problem.mendableOrRethrown();
      model.addAttribute("errors", problem.fieldErrors());
      model.addAttribute("values", Map.of("email", email, "name", name));
    }
    return "portal/invite";
  }

  @GetMapping("/accounts")
  String accounts(@RequestParam(defaultValue = "") String q, Model model) {
    model.addAttribute(
        "accounts",
        services.identity().get().uri("/api/accounts?q={q}", q).retrieve().body(JsonNode.class));
    model.addAttribute("q", q);
    model.addAttribute("roles", ROLES);
    return "portal/accounts";
  }

  /** The account of a person erased through staff, forgotten as they would have themself. */
  @PostMapping("/accounts/{accountId}/forget")
  String forget(@PathVariable String accountId) {
    services.identity().delete().uri("/api/accounts/{id}", accountId).retrieve().toBodilessEntity();
    return "redirect:/accounts?forgotten";
  }

  @PostMapping("/accounts/{accountId}/access")
  String setAccess(
      @PathVariable String accountId,
      @RequestParam(defaultValue = "") List<String> roles,
      @RequestParam(defaultValue = "") String societies,
      Model model) {
    List<String> societyIds =
        Arrays.stream(societies.split("[,\\s]+")).filter(s -> !s.isBlank()).toList();
    try {
      services
          .identity()
          .put()
          .uri("/api/accounts/{id}/access", accountId)
          .contentType(MediaType.APPLICATION_JSON)
          .body(Map.of("roles", roles, "societyIds", societyIds))
          .retrieve()
          .toBodilessEntity();
    } catch (ServiceProblem problem) {
      problem.mendableOrRethrown();
      model.addAttribute("accessError", problem.reason());
      model.addAttribute("accessErrorFor", accountId);
      return accounts("", model);
    }
    return "redirect:/accounts?saved=" + accountId;
  }
}
