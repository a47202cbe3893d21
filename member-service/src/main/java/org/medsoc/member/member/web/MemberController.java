package org.medsoc.member.member.web;

import io.swagger.v3.oas.annotations.Operation;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.net.URI;
import java.util.Map;
import java.util.UUID;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.medsoc.kernel.error.DomainException;
import org.medsoc.kernel.member.TrainingLevel;
import org.medsoc.member.member.api.ChangeTrainingLevel;
import org.medsoc.member.member.api.FindMember;
import org.medsoc.member.member.api.MemberProfile;
import org.medsoc.member.member.api.MemberView;
import org.medsoc.member.member.api.RegisterMember;
import org.medsoc.member.member.api.UpdateMemberProfile;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Members and their profiles. */
@RestController
@RequestMapping("/members")
public class MemberController {

  record NewMember(@Valid @NotNull MemberProfile profile, @NotNull TrainingLevel trainingLevel) {}

  record TrainingLevelChange(@NotNull TrainingLevel trainingLevel) {}

  private final CommandGateway commands;
  private final QueryGateway queries;

  public MemberController(CommandGateway commands, QueryGateway queries) {
    this.commands = commands;
    this.queries = queries;
  }

  @Operation(summary = "Register a member with a profile")
  @PostMapping
  public ResponseEntity<Map<String, String>> register(@Valid @RequestBody NewMember request) {
    String memberId = UUID.randomUUID().toString();
    commands.sendAndWait(new RegisterMember(memberId, request.profile(), request.trainingLevel()));
    return ResponseEntity.created(URI.create("/members/" + memberId))
        .body(Map.of("memberId", memberId));
  }

  @Operation(summary = "A member's profile and memberships")
  @GetMapping("/{memberId}")
  public MemberView member(@PathVariable String memberId) {
    return queries
        .query(new FindMember(memberId), ResponseTypes.optionalInstanceOf(MemberView.class))
        .join()
        .orElseThrow(() -> DomainException.notFound("memberId", "no member " + memberId));
  }

  @Operation(summary = "Replace a member's profile")
  @PutMapping("/{memberId}/profile")
  public ResponseEntity<Void> updateProfile(
      @PathVariable String memberId, @Valid @RequestBody MemberProfile profile) {
    commands.sendAndWait(new UpdateMemberProfile(memberId, profile));
    return ResponseEntity.noContent().build();
  }

  @Operation(summary = "Record a change of training level; categories that no longer fit follow")
  @PutMapping("/{memberId}/training-level")
  public ResponseEntity<Void> changeTrainingLevel(
      @PathVariable String memberId, @Valid @RequestBody TrainingLevelChange request) {
    commands.sendAndWait(new ChangeTrainingLevel(memberId, request.trainingLevel()));
    return ResponseEntity.noContent().build();
  }
}
