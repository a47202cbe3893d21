package org.medsoc.portal.office;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.medsoc.portal.security.Viewer;
import org.medsoc.portal.services.ServiceProblem;
import org.medsoc.portal.services.Services;
import org.springframework.http.MediaType;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The societies staff work for, each with its sections, its fee schedule and its office's work. */
@Controller
class SocietyOfficeController {

  private final MemberService members;
  private final Services services;

  SocietyOfficeController(MemberService members, Services services) {
    this.members = members;
    this.services = services;
  }

  @GetMapping("/societies")
  String societies(Authentication authentication, Model model) {
    model.addAttribute("societies", members.societiesOf(Viewer.of(authentication).orElseThrow()));
    return "portal/office/societies";
  }

  @GetMapping("/societies/{societyId}")
  String society(@PathVariable String societyId, Model model) {
    JsonNode society = members.society(societyId);
    model.addAttribute("society", society);
    model.addAttribute("categories", RosterController.CATEGORIES);
    if (!model.containsAttribute("currency")) {
      String currency = "USD";
      for (JsonNode fee : society.path("fees")) {
        currency = fee.path("currency").asText(currency);
      }
      model.addAttribute("currency", currency);
      Map<String, String> amounts = new LinkedHashMap<>();
      society
          .path("fees")
          .fields()
          .forEachRemaining(
              fee -> amounts.put(fee.getKey(), fee.getValue().path("amount").asText()));
      model.addAttribute("amounts", amounts);
    }
    return "portal/office/society";
  }

  @PostMapping("/societies/{societyId}/fees")
  String setFees(
      @PathVariable String societyId,
      @RequestParam(defaultValue = "") String currency,
      @RequestParam Map<String, String> form,
      Model model) {
    Map<String, String> amounts = new LinkedHashMap<>();
    Map<String, Object> fees = new LinkedHashMap<>();
    Map<String, String> errors = new LinkedHashMap<>();
    for (String category : RosterController.CATEGORIES) {
      String amount = form.getOrDefault("fee." + category, "").strip();
      amounts.put(category, amount);
      if (amount.isEmpty()) {
        continue;
      }
      try {
        fees.put(category, new BigDecimal(amount));
      } catch (NumberFormatException e) {
        errors.put("fees." + category, "office.fees.notAnAmount");
      }
    }
    if (errors.isEmpty()) {
      Optional<ServiceProblem> refusal =
          ServiceProblem.attempt(
              () ->
                  services
                      .member()
                      .put()
                      .uri("/societies/{societyId}/fees", societyId)
                      .contentType(MediaType.APPLICATION_JSON)
                      .body(Map.of("currency", currency.strip().toUpperCase(), "fees", fees))
                      .retrieve()
                      .toBodilessEntity());
      if (refusal.isEmpty()) {
        return "redirect:/societies/" + societyId + "?saved";
      }
      model.addAttribute("serviceErrors", refusal.get().fieldErrors());
    }
    model.addAttribute("errors", errors);
    model.addAttribute("currency", currency);
    model.addAttribute("amounts", amounts);
    return society(societyId, model);
  }
}
