package org.medsoc.member.mentorship.web;

import io.swagger.v3.oas.annotations.Operation;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.medsoc.kernel.error.DomainException;
import org.medsoc.kernel.input.Limits;
import org.medsoc.member.mentorship.api.*;
import org.medsoc.platform.acting.Actor;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** Mentorships between members. */
@RestController
public class MentorshipController {

  record MentorshipRequest(
      @NotBlank @Size(max = Limits.ID) String mentorId,
      @NotNull MentorshipType type,
      @NotBlank @Size(max = Limits.REASON) String ask,
      @NotBlank @Size(max = Limits.PHRASE) String firstStep,
      @Size(max = Limits.NAME) String suggestionId) {}

  record Answer(@NotNull Boolean accept, @Size(max = Limits.REASON) String reason) {}

  record CheckIn(
      @NotNull @PastOrPresent LocalDate heldOn,
      @NotBlank @Size(max = Limits.TEXT) String agenda,
      @Size(max = Limits.TEXT) String agreedNextSteps) {}

  record Ending(@NotBlank @Size(max = Limits.REASON) String reason) {}

  private final CommandGateway commands;
  private final QueryGateway queries;

  public MentorshipController(CommandGateway commands, QueryGateway queries) {
    this.commands = commands;
    this.queries = queries;
  }

  @Operation(
      summary = "Ask a member for mentorship, with a specific ask and a first step",
      description = "A member for themself, as the mentee.")
  @PostMapping("/mentorships")
  public ResponseEntity<Map<String, String>> request(
      @Valid @RequestBody MentorshipRequest request, Actor actor) {
    String mentee = actor.member();
    String id = UUID.randomUUID().toString();
    commands.sendAndWait(
        new RequestMentorship(
            id,
            actor,
            mentee,
            request.mentorId(),
            request.type(),
            request.ask(),
            request.firstStep(),
            request.suggestionId()));
    return ResponseEntity.created(URI.create("/mentorships/" + id))
        .body(Map.of("mentorshipId", id));
  }

  @Operation(
      summary = "One mentorship",
      description =
          "Its mentee and mentor; staff of a society either belongs to, without the two people's"
              + " words (ask, first step, next steps, reasons).")
  @GetMapping("/mentorships/{mentorshipId}")
  public MentorshipView mentorship(@PathVariable String mentorshipId, Actor actor) {
    return queries
        .query(
            new FindMentorship(mentorshipId),
            ResponseTypes.optionalInstanceOf(MentorshipView.class))
        .join()
        .map(found -> found.asReadBy(actor.memberId()))
        .orElseThrow(
            () -> DomainException.notFound("mentorshipId", "no mentorship " + mentorshipId));
  }

  @Operation(summary = "Accept or decline a mentorship request", description = "The mentor asked.")
  @PostMapping("/mentorships/{mentorshipId}/answer")
  public ResponseEntity<Void> answer(
      @PathVariable String mentorshipId, @Valid @RequestBody Answer request, Actor actor) {
    commands.sendAndWait(
        new AnswerMentorshipRequest(mentorshipId, actor, request.accept(), request.reason()));
    return ResponseEntity.noContent().build();
  }

  @Operation(
      summary = "Record a check-in with its agenda and agreed next steps",
      description = "Either side.")
  @PostMapping("/mentorships/{mentorshipId}/check-ins")
  public ResponseEntity<Void> checkIn(
      @PathVariable String mentorshipId, @Valid @RequestBody CheckIn request, Actor actor) {
    commands.sendAndWait(
        new RecordCheckIn(
            mentorshipId, actor, request.heldOn(), request.agenda(), request.agreedNextSteps()));
    return ResponseEntity.noContent().build();
  }

  @Operation(summary = "End the mentorship, saying why", description = "Either side.")
  @PostMapping("/mentorships/{mentorshipId}/end")
  public ResponseEntity<Void> end(
      @PathVariable String mentorshipId, @Valid @RequestBody Ending request, Actor actor) {
    commands.sendAndWait(new EndMentorship(mentorshipId, actor, request.reason()));
    return ResponseEntity.noContent().build();
  }

  @Operation(
      summary = "A member's active mentors",
      description =
          "The member themself; staff of their societies, without the two people's words.")
  @GetMapping("/members/{memberId}/mentor-team")
  public List<MentorshipView> mentorTeam(@PathVariable String memberId, Actor actor) {
    return queries
        .query(
            new FindMentorTeam(memberId), ResponseTypes.multipleInstancesOf(MentorshipView.class))
        .join()
        .stream()
        .map(found -> found.asReadBy(actor.memberId()))
        .toList();
  }

  @Operation(
      summary =
          "Every mentorship of a member, as mentee or mentor, newest first: the mentor's inbox is"
              + " those asked of them and not yet answered",
      description = "The member themself only: the asks are their own words and the mentees'.")
  @GetMapping("/members/{memberId}/mentorships")
  public List<MentorshipView> mentorshipsOf(@PathVariable String memberId) {
    return queries
        .query(
            new FindMentorshipsOf(memberId),
            ResponseTypes.multipleInstancesOf(MentorshipView.class))
        .join();
  }
}
