package org.medsoc.portal.office;

import com.fasterxml.jackson.databind.JsonNode;
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

/**
 * The society's mail, for its staff: who the mails are from and in which language, and the mails to
 * its members that could not be delivered, each to send again once the address is corrected.
 * notification-service keeps both and says who may see them.
 */
@Controller
class SocietyMailController {

  private final MemberService members;
  private final Api notifications;

  SocietyMailController(MemberService members, Services services) {
    this.members = members;
    this.notifications = new Api(services.notification());
  }

  @GetMapping("/societies/{societyId}/mail")
  String mail(@PathVariable String societyId, Model model) {
    JsonNode society = members.society(societyId);
    model.addAttribute("society", society);
    Map<String, String> ids = Map.of("societyId", societyId);
    if (!model.containsAttribute("sender")) {
      Map<String, String> sender = new LinkedHashMap<>();
      sender.put("societyName", society.path("name").asText());
      sender.put("address", "");
      sender.put("language", "en");
      senderOf(ids)
          .ifPresent(
              stored ->
                  stored
                      .fields()
                      .forEachRemaining(
                          field -> sender.put(field.getKey(), field.getValue().asText())));
      model.addAttribute("sender", sender);
    }
    model.addAttribute(
        "undelivered", notifications.get("/societies/{societyId}/undelivered-mails", ids));
    return "portal/office/mail";
  }

  @PostMapping("/societies/{societyId}/mail/sender")
  String setSender(
      @PathVariable String societyId,
      @RequestParam(defaultValue = "") String societyName,
      @RequestParam(defaultValue = "") String address,
      @RequestParam(defaultValue = "") String language,
      Model model) {
    Map<String, String> sender =
        Map.of(
            "societyName", societyName.strip(),
            "address", address.strip(),
            "language", language.strip());
    Optional<ServiceProblem> refused =
        ServiceProblem.attempt(
            () -> notifications.put("/societies/{societyId}/mail-sender", sender, societyId));
    if (refused.isEmpty()) {
      return "redirect:/societies/" + societyId + "/mail?saved";
    }
    model.addAttribute("sender", sender);
    model.addAttribute("serviceErrors", refused.get().reasons());
    return mail(societyId, model);
  }

  @PostMapping("/societies/{societyId}/mail/undelivered/{notificationId}/retry")
  String retry(@PathVariable String societyId, @PathVariable String notificationId) {
    notifications.post(
        "/societies/{societyId}/undelivered-mails/{notificationId}/retry",
        null,
        societyId,
        notificationId);
    return "redirect:/societies/" + societyId + "/mail?retried#undelivered";
  }

  private Optional<JsonNode> senderOf(Map<String, String> ids) {
    try {
      return Optional.of(notifications.get("/societies/{societyId}/mail-sender", ids));
    } catch (ServiceProblem problem) {
      if (problem.isNotFound()) {
        return Optional.empty();
      }
      throw problem;
    }
  }
}
