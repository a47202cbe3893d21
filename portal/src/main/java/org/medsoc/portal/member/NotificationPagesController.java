package org.medsoc.portal.member;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;
import org.medsoc.portal.services.Api;
import org.medsoc.portal.services.ServiceProblem;
import org.medsoc.portal.services.Services;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The member's notification centre: what reached them or waits to (newest first, with where it
 * leads in the portal), and how each kind reaches them, with the history of their choices.
 * notification-service keeps both and decides what may be turned off.
 */
@Controller
class NotificationPagesController {

  private final MemberSelf self;
  private final Api notifications;

  NotificationPagesController(MemberSelf self, Services services) {
    this.self = self;
    this.notifications = new Api(services.notification());
  }

  @GetMapping("/notifications")
  String notifications(Model model) {
    Map<String, String> ids = Map.of("memberId", self.requireMemberId());
    model.addAttribute(
        "notifications", notifications.get("/members/{memberId}/notifications", ids));
    model.addAttribute(
        "preferences", notifications.get("/members/{memberId}/notification-preferences", ids));
    return "portal/member/notifications";
  }

  /**
   * One form for every kind: the choices that changed are saved one by one, each refusal shown next
   * to its kind, the others saved.
   */
  @PostMapping("/notifications/preferences")
  String choose(@RequestParam Map<String, String> form, Model model) {
    Map<String, String> ids = Map.of("memberId", self.requireMemberId());
    Map<String, String> refused = new java.util.LinkedHashMap<>();
    for (JsonNode preference :
        notifications.get("/members/{memberId}/notification-preferences", ids)) {
      String kind = preference.path("kind").asText();
      String choice = form.get("choice-" + kind);
      if (choice == null || choice.equals(preference.path("choice").asText())) {
        continue;
      }
      ServiceProblem.attempt(
              () ->
                  notifications.put(
                      "/members/{memberId}/notification-preferences/{kind}",
                      Map.of("choice", choice),
                      ids.get("memberId"),
                      kind))
          .ifPresent(problem -> refused.put(kind, problem.reason()));
    }
    if (refused.isEmpty()) {
      return "redirect:/notifications?saved#preferences";
    }
    model.addAttribute("refused", refused);
    model.addAttribute("asked", form);
    return notifications(model);
  }
}
