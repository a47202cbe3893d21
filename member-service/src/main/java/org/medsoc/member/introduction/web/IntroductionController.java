package org.medsoc.member.introduction.web;

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
import org.medsoc.member.acting.Reach;
import org.medsoc.member.introduction.api.*;
import org.medsoc.platform.acting.Actor;
import org.medsoc.platform.security.Caller;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** Introductions between members. */
@RestController
public class IntroductionController {

  record NewIntroduction(
      @NotBlank @Size(max = Limits.ID) String firstMemberId,
      @NotBlank @Size(max = Limits.ID) String secondMemberId,
      @NotBlank @Size(max = Limits.REASON) String reason,
      @Size(max = Limits.PHRASE) String context,
      @Size(max = Limits.ID) String sponsorshipId,
      @Size(max = Limits.ID) String requestId) {}

  record Answer(@NotNull Boolean accept, @Size(max = Limits.REASON) String reason) {}

  record Meeting(@NotNull @PastOrPresent LocalDate heldOn) {}

  record FollowUp(@NotBlank @Size(max = Limits.REASON) String note) {}

  private final CommandGateway commands;
  private final QueryGateway queries;
  private final Reach reach;

  public IntroductionController(CommandGateway commands, QueryGateway queries, Reach reach) {
    this.commands = commands;
    this.queries = queries;
    this.reach = reach;
  }

  @Operation(
      summary = "Propose that two members meet, with the reason",
      description = "A member introducing two others, as the introducer.")
  @PostMapping("/introductions")
  public ResponseEntity<Map<String, String>> propose(
      @Valid @RequestBody NewIntroduction request, Actor actor) {
    String introducer = actor.member();
    String id = UUID.randomUUID().toString();
    commands.sendAndWait(
        new ProposeIntroduction(
            id,
            actor,
            introducer,
            request.firstMemberId(),
            request.secondMemberId(),
            request.reason(),
            request.context(),
            request.sponsorshipId(),
            request.requestId()));
    return ResponseEntity.created(URI.create("/introductions/" + id))
        .body(Map.of("introductionId", id));
  }

  @Operation(
      summary = "One introduction",
      description = "Its introducer and its two sides; staff of a society one of them belongs to.")
  @GetMapping("/introductions/{introductionId}")
  public IntroductionView introduction(@PathVariable String introductionId) {
    return queries
        .query(
            new FindIntroduction(introductionId),
            ResponseTypes.optionalInstanceOf(IntroductionView.class))
        .join()
        .orElseThrow(
            () -> DomainException.notFound("introductionId", "no introduction " + introductionId));
  }

  @Operation(summary = "Accept or decline an introduction", description = "Each side for itself.")
  @PostMapping("/introductions/{introductionId}/answer")
  public ResponseEntity<Void> answer(
      @PathVariable String introductionId, @Valid @RequestBody Answer request, Actor actor) {
    String side = actor.member();
    commands.sendAndWait(
        new AnswerIntroduction(introductionId, actor, side, request.accept(), request.reason()));
    return ResponseEntity.noContent().build();
  }

  @Operation(summary = "Record that the two met", description = "The sides or the introducer.")
  @PostMapping("/introductions/{introductionId}/meeting")
  public ResponseEntity<Void> meeting(
      @PathVariable String introductionId, @Valid @RequestBody Meeting request, Actor actor) {
    commands.sendAndWait(new RecordIntroductionMeeting(introductionId, actor, request.heldOn()));
    return ResponseEntity.noContent().build();
  }

  @Operation(
      summary = "Record the follow-up after the meeting",
      description = "The sides or the introducer.")
  @PostMapping("/introductions/{introductionId}/follow-up")
  public ResponseEntity<Void> followUp(
      @PathVariable String introductionId, @Valid @RequestBody FollowUp request, Actor actor) {
    commands.sendAndWait(new RecordIntroductionFollowUp(introductionId, actor, request.note()));
    return ResponseEntity.noContent().build();
  }

  @Operation(
      summary = "The introductions a member made",
      description = "The member themself; staff of their societies.")
  @GetMapping("/members/{memberId}/introductions/made")
  public List<IntroductionView> made(@PathVariable String memberId) {
    return queries
        .query(
            new FindIntroductionsMadeBy(memberId),
            ResponseTypes.multipleInstancesOf(IntroductionView.class))
        .join();
  }

  @Operation(
      summary = "The introductions a member received",
      description = "The member themself; staff of their societies.")
  @GetMapping("/members/{memberId}/introductions/received")
  public List<IntroductionView> received(@PathVariable String memberId) {
    return queries
        .query(
            new FindIntroductionsReceivedBy(memberId),
            ResponseTypes.multipleInstancesOf(IntroductionView.class))
        .join();
  }

  @Operation(
      summary = "Who introduced whom around a member (two steps)",
      description =
          "The member themself; staff of their societies. Holds only the introductions the caller"
              + " may read one by one.")
  @GetMapping("/members/{memberId}/introductions/chain")
  public List<IntroductionView> chain(@PathVariable String memberId) {
    Caller caller = Caller.current().orElseThrow();
    return queries
        .query(
            new FindIntroductionChain(memberId),
            ResponseTypes.multipleInstancesOf(IntroductionView.class))
        .join()
        .stream()
        .filter(introduction -> reach.mayRead(caller, introduction.introductionId()))
        .toList();
  }
}
