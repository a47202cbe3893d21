package org.medsoc.member.contact.web;

import io.swagger.v3.oas.annotations.Operation;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.queryhandling.QueryGateway;
import org.medsoc.kernel.error.DomainException;
import org.medsoc.kernel.input.Limits;
import org.medsoc.member.contact.api.*;
import org.medsoc.platform.acting.Actor;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** A member's own contact log: private to them. */
@RestController
public class ContactLogController {

  record NewContact(
      @NotBlank @Size(max = Limits.NAME) String name,
      @Size(max = Limits.NAME) String role,
      @Size(max = Limits.NAME) String institution,
      @Size(max = Limits.PHRASE) String whereMet,
      @Size(max = Limits.INTERESTS) List<@NotBlank @Size(max = Limits.INTEREST) String> interests,
      @PastOrPresent LocalDate lastContactOn,
      @Size(max = Limits.TEXT) String lastContactNote,
      @Size(max = Limits.NOTE) String nextStep,
      LocalDate nextStepDue,
      Integer touchBaseMonths) {}

  record Touch(
      @NotNull @PastOrPresent LocalDate contactedOn,
      @Size(max = Limits.TEXT) String note,
      @Size(max = Limits.NOTE) String nextStep,
      LocalDate nextStepDue) {}

  private final CommandGateway commands;
  private final QueryGateway queries;

  public ContactLogController(CommandGateway commands, QueryGateway queries) {
    this.commands = commands;
    this.queries = queries;
  }

  @Operation(summary = "Add someone to the contact log", description = "The member themself only.")
  @PostMapping("/members/{memberId}/contacts")
  public ResponseEntity<Map<String, String>> log(
      @PathVariable String memberId, @Valid @RequestBody NewContact c, Actor actor) {
    String id = UUID.randomUUID().toString();
    commands.sendAndWait(
        new LogContact(
            id,
            actor,
            memberId,
            c.name(),
            c.role(),
            c.institution(),
            c.whereMet(),
            c.interests() == null ? List.of() : c.interests(),
            c.lastContactOn(),
            c.lastContactNote(),
            c.nextStep(),
            c.nextStepDue(),
            c.touchBaseMonths()));
    return ResponseEntity.created(URI.create("/members/" + memberId + "/contacts"))
        .body(Map.of("contactId", id));
  }

  @Operation(
      summary = "Record being in touch again, and the next step",
      description = "The member themself only.")
  @PostMapping("/members/{memberId}/contacts/{contactId}/touches")
  public ResponseEntity<Void> touch(
      @PathVariable String memberId,
      @PathVariable String contactId,
      @Valid @RequestBody Touch t,
      Actor actor) {
    try {
      commands.sendAndWait(
          new RecordContactTouch(
              contactId, actor, t.contactedOn(), t.note(), t.nextStep(), t.nextStepDue()));
    } catch (AggregateNotFoundException unknown) {
      // The same answer as for another member's contact.
      throw DomainException.notFound("contactId", "no contact " + contactId + " in your log");
    }
    return ResponseEntity.noContent().build();
  }

  @Operation(
      summary = "The contact log: all, follow-ups due by the end of this week, or overdue",
      description = "The member themself only.")
  @GetMapping("/members/{memberId}/contacts")
  public List<ContactView> contacts(
      @PathVariable String memberId, @RequestParam(defaultValue = "ALL") FollowUps followUps) {
    return queries
        .query(
            new FindContacts(memberId, followUps, LocalDate.now(ZoneOffset.UTC)),
            ResponseTypes.multipleInstancesOf(ContactView.class))
        .join();
  }
}
