package org.medsoc.notification.sender;

import io.swagger.v3.oas.annotations.Operation;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.medsoc.kernel.error.DomainException;
import org.medsoc.notification.sender.SocietySenders.Sender;
import org.medsoc.platform.security.Caller;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** A society's office names who its mails are from, and their language. */
@RestController
public class SocietySenderController {

  record SenderRequest(
      @NotBlank @Size(max = 120) String societyName,
      @NotBlank @Email @Size(max = 254) String address,
      @NotBlank @Size(max = 35) String language) {}

  private final SocietySenders senders;

  public SocietySenderController(SocietySenders senders) {
    this.senders = senders;
  }

  @Operation(
      summary = "Who the society's mails are from, and in which language they are written",
      description = "Staff of the society.")
  @GetMapping("/societies/{societyId}/mail-sender")
  public Sender sender(@PathVariable String societyId) {
    return senders
        .of(societyId)
        .orElseThrow(
            () ->
                DomainException.notFound(
                    "societyId", "the society's mails use the platform's sender"));
  }

  @Operation(
      summary = "Name who the society's mails are from (name, address) and their language",
      description =
          "Staff of the society. Mails about the society come from this address, under its name,"
              + " in this language when the bundle has it (English otherwise).")
  @PutMapping("/societies/{societyId}/mail-sender")
  public ResponseEntity<Void> set(
      @PathVariable String societyId, @Valid @RequestBody SenderRequest request) {
    senders.set(
        new Sender(societyId, request.societyName(), request.address(), request.language()),
        Caller.current().orElseThrow().subject());
    return ResponseEntity.noContent().build();
  }
}
