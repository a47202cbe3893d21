package org.medsoc.notification.centre;

import io.swagger.v3.oas.annotations.Operation;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.util.List;
import org.medsoc.notification.obligation.Kind;
import org.medsoc.notification.preference.Choice;
import org.medsoc.notification.preference.Preferences;
import org.medsoc.notification.preference.Preferences.KindPreference;
import org.medsoc.platform.security.Caller;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** A member's notifications and their choice per kind: theirs alone. */
@RestController
public class NotificationController {

  record Preference(@NotNull Choice choice) {}

  private final NotificationCentre centre;
  private final Preferences preferences;

  public NotificationController(NotificationCentre centre, Preferences preferences) {
    this.centre = centre;
    this.preferences = preferences;
  }

  @Operation(
      summary = "The member's notifications, newest first: what is new and what is due",
      description = "The member themself.")
  @GetMapping("/members/{memberId}/notifications")
  public List<NotificationCentre.Notice> notifications(@PathVariable String memberId) {
    return centre.of(memberId);
  }

  @Operation(
      summary = "How the member wants each kind: at once, daily or weekly digest, or off",
      description = "The member themself. Each kind with every choice made for it, when.")
  @GetMapping("/members/{memberId}/notification-preferences")
  public List<KindPreference> preferences(@PathVariable String memberId) {
    return preferences.all(memberId);
  }

  @Operation(
      summary = "Choose how one kind reaches the member (a kind a process waits on is never off)",
      description = "The member themself; the choice is kept with its time as their consent.")
  @PutMapping("/members/{memberId}/notification-preferences/{kind}")
  public ResponseEntity<Void> choose(
      @PathVariable String memberId,
      @PathVariable Kind kind,
      @Valid @RequestBody Preference request) {
    preferences.choose(memberId, kind, request.choice(), Caller.current().orElseThrow().subject());
    return ResponseEntity.noContent().build();
  }
}
