package org.medsoc.portal.member;

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

  @PostMapping("/notifications/preferences/{kind}")
  String choose(
      @PathVariable String kind, @RequestParam(defaultValue = "") String choice, Model model) {
    String me = self.requireMemberId();
    Optional<ServiceProblem> refusal =
        ServiceProblem.attempt(
            () ->
                notifications.put(
                    "/members/{memberId}/notification-preferences/{kind}",
                    Map.of("choice", choice),
                    me,
                    kind));
    if (refusal.isEmpty()) {
      return "redirect:/notifications?saved#preferences";
    }
    model.addAttribute("errors", refusal.get().reason());
    model.addAttribute("errorsFor", kind);
    return notifications(model);
  }
}
