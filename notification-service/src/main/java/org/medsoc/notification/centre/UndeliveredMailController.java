package org.medsoc.notification.centre;

import io.swagger.v3.oas.annotations.Operation;
import java.util.List;
import org.medsoc.kernel.error.DomainException;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/** The society office's view of mails to its members that could not be delivered. */
@RestController
public class UndeliveredMailController {

  private final UndeliveredMails undelivered;

  public UndeliveredMailController(UndeliveredMails undelivered) {
    this.undelivered = undelivered;
  }

  @Operation(
      summary = "Mails to the society's members that failed for good, with the server's reason",
      description =
          "Staff of the society. The kind of each mail, never what it said: correct the address"
              + " in the member's profile, then send it again.")
  @GetMapping("/societies/{societyId}/undelivered-mails")
  public List<UndeliveredMails.Undelivered> undelivered(@PathVariable String societyId) {
    return undelivered.of(societyId);
  }

  @Operation(
      summary = "Send a failed mail again, with fresh attempts",
      description = "Staff of the society; a mail not failed, or not the society's, is not found.")
  @PostMapping("/societies/{societyId}/undelivered-mails/{notificationId}/retry")
  public ResponseEntity<Void> retry(
      @PathVariable String societyId, @PathVariable String notificationId) {
    if (!undelivered.retry(societyId, notificationId)) {
      throw DomainException.notFound(
          "notificationId", "no undelivered mail of this society has this id");
    }
    return ResponseEntity.accepted().build();
  }
}
