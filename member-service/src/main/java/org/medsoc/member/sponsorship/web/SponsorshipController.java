package org.medsoc.member.sponsorship.web;

import io.swagger.v3.oas.annotations.Operation;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.medsoc.kernel.error.DomainException;
import org.medsoc.kernel.input.Limits;
import org.medsoc.member.sponsorship.api.*;
import org.medsoc.platform.acting.Actor;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** Sponsorships: recommendations, letters of recommendation, and their outcomes. */
@RestController
public class SponsorshipController {

  record NewSponsorship(
      @NotBlank @Size(max = Limits.ID) String protegeId,
      @NotBlank @Size(max = Limits.REASON) String goals,
      @Size(max = Limits.ID) String mentorshipId) {}

  record Recommendation(
      @NotNull RoleKind roleKind,
      @NotBlank @Size(max = Limits.PHRASE) String target,
      @Size(max = Limits.REASON) String note) {}

  record LetterRequest(
      @NotBlank @Size(max = Limits.PHRASE) String purpose, @NotNull LocalDate deadline) {}

  record Opportunities(
      @NotNull @Size(max = 10) List<@NotBlank @Size(max = Limits.PHRASE) String> opportunities) {}

  record Letter(@NotBlank @Size(max = Limits.LETTER) String content) {}

  record Decline(@Size(max = Limits.REASON) String reason) {}

  record OutcomeReport(
      @NotBlank @Size(max = Limits.ID) String actionId,
      @NotNull Outcome outcome,
      @Size(max = Limits.REASON) String note) {}

  private final CommandGateway commands;
  private final QueryGateway queries;

  public SponsorshipController(CommandGateway commands, QueryGateway queries) {
    this.commands = commands;
    this.queries = queries;
  }

  @Operation(
      summary = "Declare sponsorship of a protégé, with goals",
      description =
          "A member as the sponsor, naming the mentorship in which they mentor the protégé when a mentor becomes a sponsor.")
  @PostMapping("/sponsorships")
  public ResponseEntity<Map<String, String>> declare(
      @Valid @RequestBody NewSponsorship request, Actor actor) {
    String sponsor = actor.member();
    String id = UUID.randomUUID().toString();
    commands.sendAndWait(
        new DeclareSponsorship(
            id, actor, sponsor, request.protegeId(), request.goals(), request.mentorshipId()));
    return ResponseEntity.created(URI.create("/sponsorships/" + id))
        .body(Map.of("sponsorshipId", id));
  }

  @Operation(
      summary = "One sponsorship with its actions",
      description =
          "Its sponsor and protégé; staff of a society either belongs to. A letter's content is shown to its author only.")
  @GetMapping("/sponsorships/{sponsorshipId}")
  public SponsorshipView sponsorship(@PathVariable String sponsorshipId, Actor actor) {
    return queries
        .query(
            new FindSponsorship(sponsorshipId, actor.memberId()),
            ResponseTypes.optionalInstanceOf(SponsorshipView.class))
        .join()
        .orElseThrow(
            () -> DomainException.notFound("sponsorshipId", "no sponsorship " + sponsorshipId));
  }

  @Operation(summary = "Recommend the protégé for a role", description = "The sponsor.")
  @PostMapping("/sponsorships/{sponsorshipId}/recommendations")
  public ResponseEntity<Map<String, String>> recommend(
      @PathVariable String sponsorshipId, @Valid @RequestBody Recommendation request, Actor actor) {
    String actionId = UUID.randomUUID().toString();
    commands.sendAndWait(
        new RecommendProtege(
            sponsorshipId, actionId, actor, request.roleKind(), request.target(), request.note()));
    return ResponseEntity.created(URI.create("/sponsorships/" + sponsorshipId))
        .body(Map.of("actionId", actionId));
  }

  @Operation(
      summary = "Ask the sponsor for a letter of recommendation by a deadline",
      description = "The protégé. Warns when the deadline is less than six weeks away.")
  @PostMapping("/sponsorships/{sponsorshipId}/letters")
  public ResponseEntity<Map<String, Object>> requestLetter(
      @PathVariable String sponsorshipId, @Valid @RequestBody LetterRequest request, Actor actor) {
    String letterId = UUID.randomUUID().toString();
    boolean shortNotice =
        commands.sendAndWait(
            new RequestLetter(
                sponsorshipId, letterId, actor, request.purpose(), request.deadline()));
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("letterId", letterId);
    if (shortNotice) {
      body.put(
          "warning",
          "the deadline is less than six weeks away; ask letter writers 6-8 weeks ahead");
    }
    return ResponseEntity.created(URI.create("/sponsorships/" + sponsorshipId)).body(body);
  }

  @Operation(
      summary = "State the opportunities the protégé hopes to be considered for (the whole list)",
      description = "The protégé. The sponsor and the protégé read them; nobody else.")
  @PutMapping("/sponsorships/{sponsorshipId}/opportunities")
  public ResponseEntity<Void> stateOpportunities(
      @PathVariable String sponsorshipId, @Valid @RequestBody Opportunities request, Actor actor) {
    commands.sendAndWait(new StateOpportunities(sponsorshipId, actor, request.opportunities()));
    return ResponseEntity.noContent().build();
  }

  @Operation(
      summary = "Submit the letter (confidential)",
      description = "The sponsor alone: staff never write a letter, in any society.")
  @PostMapping("/sponsorships/{sponsorshipId}/letters/{letterId}/submission")
  public ResponseEntity<Void> submit(
      @PathVariable String sponsorshipId,
      @PathVariable String letterId,
      @Valid @RequestBody Letter request,
      Actor actor) {
    commands.sendAndWait(new SubmitLetter(sponsorshipId, letterId, actor, request.content()));
    return ResponseEntity.noContent().build();
  }

  @Operation(summary = "Decline to write the letter", description = "The sponsor alone.")
  @PostMapping("/sponsorships/{sponsorshipId}/letters/{letterId}/decline")
  public ResponseEntity<Void> decline(
      @PathVariable String sponsorshipId,
      @PathVariable String letterId,
      @Valid @RequestBody Decline request,
      Actor actor) {
    commands.sendAndWait(new DeclineLetter(sponsorshipId, letterId, actor, request.reason()));
    return ResponseEntity.noContent().build();
  }

  @Operation(
      summary = "Record what came of a recommendation or a letter",
      description = "The sponsor or the protégé.")
  @PostMapping("/sponsorships/{sponsorshipId}/outcomes")
  public ResponseEntity<Void> outcome(
      @PathVariable String sponsorshipId, @Valid @RequestBody OutcomeReport request, Actor actor) {
    commands.sendAndWait(
        new RecordSponsorshipOutcome(
            sponsorshipId, request.actionId(), actor, request.outcome(), request.note()));
    return ResponseEntity.noContent().build();
  }

  @Operation(
      summary = "The sponsorships a member gives or receives",
      description = "The member themself; staff of their societies.")
  @GetMapping("/members/{memberId}/sponsorships")
  public List<SponsorshipView> sponsorships(@PathVariable String memberId, Actor actor) {
    return queries
        .query(
            new FindSponsorshipsOf(memberId, actor.memberId()),
            ResponseTypes.multipleInstancesOf(SponsorshipView.class))
        .join();
  }
}
