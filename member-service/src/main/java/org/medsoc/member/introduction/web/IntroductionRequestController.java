package org.medsoc.member.introduction.web;

import io.swagger.v3.oas.annotations.Operation;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.medsoc.kernel.input.Limits;
import org.medsoc.member.introduction.api.*;
import org.medsoc.platform.acting.Actor;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * Asking a colleague for an introduction: the colleague answers by proposing it (POST
 * /introductions naming the request) or by declining.
 */
@RestController
public class IntroductionRequestController {

  record NewRequest(
      @NotBlank @Size(max = Limits.ID) String introducerId,
      @NotBlank @Size(max = Limits.ID) String targetId,
      @NotBlank @Size(max = Limits.REASON) String reason) {}

  record Decline(@Size(max = Limits.REASON) String reason) {}

  private final CommandGateway commands;
  private final QueryGateway queries;

  public IntroductionRequestController(CommandGateway commands, QueryGateway queries) {
    this.commands = commands;
    this.queries = queries;
  }

  @Operation(
      summary = "Ask a colleague to introduce you to someone they know, saying why",
      description = "A member, for themself. The person to meet is not told.")
  @PostMapping("/introduction-requests")
  public ResponseEntity<Map<String, String>> ask(
      @Valid @RequestBody NewRequest request, Actor actor) {
    String id = UUID.randomUUID().toString();
    commands.sendAndWait(
        new AskForIntroduction(
            id,
            actor,
            actor.member(),
            request.introducerId(),
            request.targetId(),
            request.reason()));
    return ResponseEntity.created(URI.create("/introduction-requests/" + id))
        .body(Map.of("requestId", id));
  }

  @Operation(
      summary = "Decline to make an introduction asked of you",
      description = "The colleague asked, alone.")
  @PostMapping("/introduction-requests/{requestId}/decline")
  public ResponseEntity<Void> decline(
      @PathVariable String requestId, @Valid @RequestBody Decline request, Actor actor) {
    commands.sendAndWait(new DeclineIntroductionRequest(requestId, actor, request.reason()));
    return ResponseEntity.noContent().build();
  }

  @Operation(
      summary = "The requests for an introduction a member made and those asked of them",
      description = "The member themself: a request is between the asker and the colleague asked.")
  @GetMapping("/members/{memberId}/introduction-requests")
  public List<IntroductionRequestView> requestsOf(@PathVariable String memberId) {
    return queries
        .query(
            new FindIntroductionRequestsOf(memberId),
            ResponseTypes.multipleInstancesOf(IntroductionRequestView.class))
        .join();
  }
}
