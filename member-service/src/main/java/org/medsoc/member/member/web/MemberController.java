package org.medsoc.member.member.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.medsoc.kernel.error.DomainException;
import org.medsoc.kernel.input.Limits;
import org.medsoc.kernel.member.TrainingLevel;
import org.medsoc.member.acting.Connections;
import org.medsoc.member.acting.Reach;
import org.medsoc.member.member.api.ChangeTrainingLevel;
import org.medsoc.member.member.api.EraseMember;
import org.medsoc.member.member.api.FindColleagues;
import org.medsoc.member.member.api.FindMember;
import org.medsoc.member.member.api.FindMembershipHistory;
import org.medsoc.member.member.api.LegalBasis;
import org.medsoc.member.member.api.MemberCard;
import org.medsoc.member.member.api.MemberProfile;
import org.medsoc.member.member.api.MemberView;
import org.medsoc.member.member.api.MembershipStep;
import org.medsoc.member.member.api.RegisterMember;
import org.medsoc.member.member.api.UpdateMemberProfile;
import org.medsoc.member.member.command.MemberRegistry;
import org.medsoc.platform.security.Caller;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Members and their profiles. */
@RestController
@RequestMapping("/members")
public class MemberController {

  /**
   * @param accountSubject the login that will act as this member; staff may name one, a member
   *     registering themself is linked to their own login
   * @param societyId the society staff register the person for (one they work for); the platform's
   *     own staff may leave it out, a member registering themself names none
   */
  record NewMember(
      @Valid @NotNull MemberProfile profile,
      @NotNull TrainingLevel trainingLevel,
      @Size(max = Limits.SUBJECT) String accountSubject,
      @Size(max = Limits.ID) String societyId) {}

  record TrainingLevelChange(@NotNull TrainingLevel trainingLevel) {}

  private final CommandGateway commands;
  private final QueryGateway queries;
  private final MemberRegistry registry;
  private final Connections connections;
  private final Reach reach;

  public MemberController(
      CommandGateway commands,
      QueryGateway queries,
      MemberRegistry registry,
      Connections connections,
      Reach reach) {
    this.commands = commands;
    this.queries = queries;
    this.registry = registry;
    this.connections = connections;
    this.reach = reach;
  }

  @Operation(
      summary = "Register a member with a profile",
      description =
          "Staff, for a society they work for (named in societyId; the platform's own staff may"
              + " leave it out), or a member registering themself (linked to their own login,"
              + " once).")
  @PostMapping
  public ResponseEntity<Map<String, String>> register(@Valid @RequestBody NewMember request) {
    String memberId = UUID.randomUUID().toString();
    commands.sendAndWait(
        new RegisterMember(
            memberId,
            request.profile(),
            request.trainingLevel(),
            accountFor(request),
            registeredFor(request)));
    return ResponseEntity.created(URI.create("/members/" + memberId))
        .body(Map.of("memberId", memberId));
  }

  @Operation(
      summary = "A member: the whole record, or the professional card",
      description =
          "The member themself and members they are connected with (an accepted introduction, an"
              + " active mentorship) see the profile with contact data and the memberships; staff of"
              + " the member's societies see the same, with the memberships of their societies;"
              + " other members see the professional card only; other staff nothing.")
  @ApiResponse(
      responseCode = "200",
      content = @Content(schema = @Schema(oneOf = {MemberView.class, MemberCard.class})))
  @GetMapping("/{memberId}")
  public Object member(@PathVariable String memberId) {
    MemberView member =
        queries
            .query(new FindMember(memberId), ResponseTypes.optionalInstanceOf(MemberView.class))
            .join()
            .orElseThrow(() -> DomainException.notFound("memberId", "no member " + memberId));
    Caller caller = Caller.current().orElseThrow();
    String callerMember = registry.memberActingAs(caller.subject()).orElse(null);
    if (memberId.equals(callerMember) || connections.connected(callerMember, memberId)) {
      return member;
    }
    if (reach.staffReachMember(caller, memberId)) {
      return new MemberView(
          member.memberId(),
          member.profile(),
          member.trainingLevel(),
          member.memberships().stream()
              .filter(membership -> caller.isStaffOf(membership.societyId()))
              .toList());
    }
    return MemberCard.of(member);
  }

  @Operation(
      summary = "Every step of the member's memberships, with who took it and when",
      description =
          "The member themself sees all of it; staff see the steps in the societies they work"
              + " for.")
  @GetMapping("/{memberId}/membership-history")
  public List<MembershipStep> membershipHistory(@PathVariable String memberId) {
    Caller caller = Caller.current().orElseThrow();
    List<MembershipStep> steps =
        queries
            .query(
                new FindMembershipHistory(memberId),
                ResponseTypes.multipleInstancesOf(MembershipStep.class))
            .join();
    if (reach.isAccountOf(caller, memberId)) {
      return steps;
    }
    return steps.stream().filter(step -> caller.isStaffOf(step.societyId())).toList();
  }

  private String registeredFor(NewMember request) {
    Caller caller = Caller.current().orElseThrow();
    if (!caller.isStaff()) {
      if (request.societyId() != null) {
        throw DomainException.invalid(
            "societyId", "only staff register a person for a society; apply for membership");
      }
      return null;
    }
    if (request.societyId() == null) {
      if (!caller.isPlatformStaff()) {
        throw DomainException.invalid("societyId", "name the society you register the person for");
      }
      return null;
    }
    if (!caller.isStaffOf(request.societyId())) {
      throw DomainException.forbidden();
    }
    return request.societyId();
  }

  private String accountFor(NewMember request) {
    Caller caller = Caller.current().orElseThrow();
    if (caller.isStaff()) {
      return request.accountSubject();
    }
    if (request.accountSubject() != null && !request.accountSubject().equals(caller.subject())) {
      throw DomainException.invalid("accountSubject", "a member can only link their own login");
    }
    requireOwnVerifiedAddress(caller, request.profile());
    return caller.subject();
  }

  /**
   * A person gives the address their sign-in verified, so nobody claims a colleague's. A machine
   * login (automation, no address in its token) is the operator's own.
   */
  private static void requireOwnVerifiedAddress(Caller caller, MemberProfile profile) {
    if (caller.email() != null
        && !(caller.emailVerified()
            && caller.email().equalsIgnoreCase(profile.normalizedEmail()))) {
      throw DomainException.invalid(
          "profile.email", "use the email address of your sign-in, once you have verified it");
    }
  }

  @Operation(
      summary = "The member the caller's login acts as",
      description = "Any member, for themself: 404 until they have registered.")
  @GetMapping("/me")
  public Map<String, String> me() {
    return registry
        .memberActingAs(Caller.current().orElseThrow().subject())
        .map(memberId -> Map.of("memberId", memberId))
        .orElseThrow(() -> DomainException.notFound("memberId", "not registered as a member yet"));
  }

  /** Why a member is erased, and on which ground. */
  record ErasureRequest(
      @NotBlank @Size(max = Limits.REASON) String reason, @NotNull LegalBasis legalBasis) {}

  @Operation(
      summary =
          "Erase a member: their key is destroyed, so what they wrote of themself reads as erased"
              + " everywhere, and nothing more is recorded of them",
      description =
          "The member themself, or staff of the member's societies for them. The facts (memberships,"
              + " nominations, appointments) stay, with the person shown as erased.")
  @PostMapping("/{memberId}/erasure")
  public ResponseEntity<Void> erase(
      @PathVariable String memberId, @Valid @RequestBody ErasureRequest request) {
    commands.sendAndWait(new EraseMember(memberId, request.reason(), request.legalBasis()));
    return ResponseEntity.noContent().build();
  }

  @Operation(
      summary = "Replace a member's profile",
      description = "The member themself, or staff of the member's societies.")
  @PutMapping("/{memberId}/profile")
  public ResponseEntity<Void> updateProfile(
      @PathVariable String memberId, @Valid @RequestBody MemberProfile profile) {
    Caller caller = Caller.current().orElseThrow();
    if (!caller.isStaff()) {
      requireOwnVerifiedAddress(caller, profile);
    }
    commands.sendAndWait(new UpdateMemberProfile(memberId, profile));
    return ResponseEntity.noContent().build();
  }

  @Operation(
      summary = "Record a change of training level; categories that no longer fit follow",
      description = "The member themself, or staff of the member's societies.")
  @PutMapping("/{memberId}/training-level")
  public ResponseEntity<Void> changeTrainingLevel(
      @PathVariable String memberId, @Valid @RequestBody TrainingLevelChange request) {
    commands.sendAndWait(new ChangeTrainingLevel(memberId, request.trainingLevel()));
    return ResponseEntity.noContent().build();
  }

  @Operation(
      summary =
          "Colleagues a member can reach out to: active members of a society they are active in,"
              + " found by words of name, institution, specialty or interests (each a prefix)",
      description =
          "The member themself. Each is the professional card, never contact data: a first"
              + " contact goes through a request (mentorship, introduction, meeting).")
  @GetMapping("/{memberId}/colleagues")
  public List<MemberCard> colleagues(
      @PathVariable String memberId,
      @RequestParam @jakarta.validation.constraints.Size(max = Limits.LABEL) String q) {
    return queries
        .query(
            new FindColleagues(memberId, q, 20),
            ResponseTypes.multipleInstancesOf(MemberCard.class))
        .join();
  }
}
