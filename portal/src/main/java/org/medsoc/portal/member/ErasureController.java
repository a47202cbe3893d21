package org.medsoc.portal.member;

import java.util.LinkedHashMap;
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
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A member asks to be forgotten, or staff of their society record the request for them: the ground,
 * the reason, and an explicit "I understand" first, since it cannot be undone. member-service
 * decides who may and records who did.
 */
@Controller
class ErasureController {

  /** The grounds of GDPR article 17(1), in the order the law gives them. */
  static final java.util.List<String> GROUNDS =
      java.util.List.of(
          "NO_LONGER_NECESSARY",
          "CONSENT_WITHDRAWN",
          "OBJECTION",
          "UNLAWFUL_PROCESSING",
          "LEGAL_OBLIGATION");

  private static final org.slf4j.Logger log =
      org.slf4j.LoggerFactory.getLogger(ErasureController.class);

  private final MemberSelf self;
  private final Api members;
  private final org.springframework.web.client.RestClient identity;

  ErasureController(MemberSelf self, Services services) {
    this.self = self;
    this.members = new Api(services.member());
    this.identity = services.identity();
  }

  @GetMapping("/me/erasure")
  String form(Model model) {
    self.requireMemberId();
    model.addAttribute("grounds", GROUNDS);
    model.addAttribute("action", "/me/erasure");
    model.addAttribute("values", Map.of());
    return "portal/member/erasure";
  }

  @PostMapping("/me/erasure")
  String eraseMe(
      @RequestParam(defaultValue = "") String legalBasis,
      @RequestParam(defaultValue = "") String reason,
      @RequestParam(defaultValue = "false") boolean understood,
      Model model) {
    String memberId = self.requireMemberId();
    String next =
        erase(
            memberId, legalBasis, reason, understood, "/me/erasure", "redirect:/me/erased", model);
    if (next.startsWith("redirect:")) {
      forgetAccount();
    }
    return next;
  }

  /**
   * The platform's own sign-in forgets the account too; a society's own issuer keeps its accounts
   * by its own rules, and is told nothing here.
   */
  private void forgetAccount() {
    try {
      identity.delete().uri("/api/accounts/me").retrieve().toBodilessEntity();
    } catch (org.springframework.web.client.RestClientException | ServiceProblem notOurs) {
      log.warn(
          "The sign-in account of an erased member was not forgotten: {}", notOurs.getMessage());
    }
  }

  @GetMapping("/me/erased")
  String erased() {
    return "portal/member/erased";
  }

  @GetMapping("/societies/{societyId}/members/{memberId}/erasure")
  String staffForm(@PathVariable String societyId, @PathVariable String memberId, Model model) {
    model.addAttribute("grounds", GROUNDS);
    model.addAttribute("action", "/societies/" + societyId + "/members/" + memberId + "/erasure");
    model.addAttribute("values", Map.of());
    model.addAttribute("forStaff", true);
    return "portal/member/erasure";
  }

  @PostMapping("/societies/{societyId}/members/{memberId}/erasure")
  String eraseForMember(
      @PathVariable String societyId,
      @PathVariable String memberId,
      @RequestParam(defaultValue = "") String legalBasis,
      @RequestParam(defaultValue = "") String reason,
      @RequestParam(defaultValue = "false") boolean understood,
      Model model,
      RedirectAttributes next) {
    model.addAttribute("forStaff", true);
    return erase(
        memberId,
        legalBasis,
        reason,
        understood,
        "/societies/" + societyId + "/members/" + memberId + "/erasure",
        "redirect:/societies/" + societyId + "/members/" + memberId + "?erased",
        model);
  }

  private String erase(
      String memberId,
      String legalBasis,
      String reason,
      boolean understood,
      String action,
      String done,
      Model model) {
    Map<String, String> errors = new LinkedHashMap<>();
    if (!understood) {
      errors.put("understood", "erasure.notUnderstood");
    }
    Map<String, String> values = Map.of("legalBasis", legalBasis, "reason", reason);
    if (errors.isEmpty()) {
      Map<String, Object> request = new LinkedHashMap<>();
      request.put("legalBasis", legalBasis.isBlank() ? null : legalBasis);
      request.put("reason", reason.strip());
      Optional<ServiceProblem> refused =
          ServiceProblem.attempt(
              () -> members.post("/members/{memberId}/erasure", request, memberId));
      if (refused.isEmpty()) {
        return done;
      }
      model.addAttribute("serviceErrors", refused.get().reasons());
    }
    model.addAttribute("errors", errors);
    model.addAttribute("values", values);
    model.addAttribute("grounds", GROUNDS);
    model.addAttribute("action", action);
    return "portal/member/erasure";
  }
}
