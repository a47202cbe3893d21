package org.medsoc.member.member.web;

import io.swagger.v3.oas.annotations.Operation;
import jakarta.validation.Valid;
import jakarta.validation.constraints.FutureOrPresent;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.net.URI;
import java.time.LocalDate;
import java.util.Map;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.medsoc.kernel.error.DomainException;
import org.medsoc.kernel.input.Limits;
import org.medsoc.kernel.member.MembershipCategory;
import org.medsoc.member.acting.Reach;
import org.medsoc.member.member.api.*;
import org.medsoc.platform.input.Priced;
import org.medsoc.platform.input.PricedInItsCurrency;
import org.medsoc.platform.security.Caller;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The membership lifecycle of one member in one society, and its sections. */
@RestController
@RequestMapping("/members/{memberId}/memberships")
public class MembershipController {

  record Application(
      @NotBlank @Size(max = Limits.ID) String societyId, @NotNull MembershipCategory category) {}

  @PricedInItsCurrency
  record PaidPeriod(
      @NotNull @FutureOrPresent(message = "must not be in the past") LocalDate paidThrough,
      @Valid Dues dues)
      implements Priced {

    @Override
    public String currency() {
      return dues == null ? null : dues.currency();
    }

    @Override
    public String currencyField() {
      return "dues.currency";
    }

    @Override
    public Map<String, BigDecimal> amounts() {
      return dues == null || dues.amount() == null
          ? Map.of()
          : Map.of("dues.amount", dues.amount());
    }
  }

  record Reason(@NotBlank @Size(max = Limits.REASON) String reason) {}

  record OptionalReason(@Size(max = Limits.REASON) String reason) {}

  record CategoryChange(@NotNull MembershipCategory category) {}

  private final CommandGateway commands;
  private final Reach reach;

  public MembershipController(CommandGateway commands, Reach reach) {
    this.commands = commands;
    this.reach = reach;
  }

  @Operation(
      summary = "Apply for membership of a society in a category",
      description =
          "The member themself, or staff of the member's societies filing it for a society they"
              + " work for.")
  @PostMapping
  public ResponseEntity<Void> apply(
      @PathVariable String memberId, @Valid @RequestBody Application request) {
    Caller caller = Caller.current().orElseThrow();
    if (!reach.isAccountOf(caller, memberId) && !caller.isStaffOf(request.societyId())) {
      throw DomainException.forbidden();
    }
    commands.sendAndWait(new ApplyForMembership(memberId, request.societyId(), request.category()));
    return ResponseEntity.created(URI.create("/members/" + memberId)).build();
  }

  @Operation(summary = "Approve a pending application; the first period is paid through a day")
  @PostMapping("/{societyId}/approval")
  public ResponseEntity<Void> approve(
      @PathVariable String memberId,
      @PathVariable String societyId,
      @Valid @RequestBody PaidPeriod request) {
    return done(new ApproveMembership(memberId, societyId, request.paidThrough(), request.dues()));
  }

  @Operation(summary = "Reject a pending application with a reason")
  @PostMapping("/{societyId}/rejection")
  public ResponseEntity<Void> reject(
      @PathVariable String memberId,
      @PathVariable String societyId,
      @Valid @RequestBody Reason request) {
    return done(new RejectMembership(memberId, societyId, request.reason()));
  }

  @Operation(summary = "Renew an active membership for another period")
  @PostMapping("/{societyId}/renewal")
  public ResponseEntity<Void> renew(
      @PathVariable String memberId,
      @PathVariable String societyId,
      @Valid @RequestBody PaidPeriod request) {
    return done(new RenewMembership(memberId, societyId, request.paidThrough(), request.dues()));
  }

  @Operation(summary = "Reinstate a lapsed membership with dues for a new period")
  @PostMapping("/{societyId}/reinstatement")
  public ResponseEntity<Void> reinstate(
      @PathVariable String memberId,
      @PathVariable String societyId,
      @Valid @RequestBody PaidPeriod request) {
    return done(
        new ReinstateMembership(memberId, societyId, request.paidThrough(), request.dues()));
  }

  @Operation(summary = "Resign from the society")
  @PostMapping("/{societyId}/resignation")
  public ResponseEntity<Void> resign(
      @PathVariable String memberId,
      @PathVariable String societyId,
      @Valid @RequestBody OptionalReason request) {
    return done(new ResignMembership(memberId, societyId, request.reason()));
  }

  @Operation(summary = "Move the membership to another category")
  @PutMapping("/{societyId}/category")
  public ResponseEntity<Void> changeCategory(
      @PathVariable String memberId,
      @PathVariable String societyId,
      @Valid @RequestBody CategoryChange request) {
    return done(new ChangeMembershipCategory(memberId, societyId, request.category()));
  }

  @Operation(summary = "Join a section of the society (active members only)")
  @PutMapping("/{societyId}/sections/{sectionId}")
  public ResponseEntity<Void> joinSection(
      @PathVariable String memberId,
      @PathVariable String societyId,
      @PathVariable String sectionId) {
    return done(new JoinSection(memberId, societyId, sectionId));
  }

  @Operation(summary = "Leave a section of the society")
  @DeleteMapping("/{societyId}/sections/{sectionId}")
  public ResponseEntity<Void> leaveSection(
      @PathVariable String memberId,
      @PathVariable String societyId,
      @PathVariable String sectionId) {
    return done(new LeaveSection(memberId, societyId, sectionId));
  }

  private ResponseEntity<Void> done(Object command) {
    commands.sendAndWait(command);
    return ResponseEntity.noContent().build();
  }
}
