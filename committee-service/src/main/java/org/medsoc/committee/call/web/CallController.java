package org.medsoc.committee.call.web;

import io.swagger.v3.oas.annotations.Operation;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.medsoc.committee.call.api.*;
import org.medsoc.committee.call.command.CallRegistry;
import org.medsoc.committee.call.command.CallRegistry.SubmissionFacts;
import org.medsoc.committee.committee.api.AppointMember;
import org.medsoc.committee.committee.api.SeatRole;
import org.medsoc.kernel.error.DomainException;
import org.medsoc.kernel.input.Limits;
import org.medsoc.platform.acting.Actor;
import org.medsoc.platform.security.Caller;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * Calls for volunteers and award cycles: applications, endorsements, nominations, consent,
 * conflicts of interest, decisions, and appointments from what was selected.
 */
@RestController
public class CallController {

  record NewCall(
      @NotNull CallPurpose purpose,
      @NotBlank @Size(max = Limits.TITLE) String title,
      @Size(max = Limits.STATEMENT) String description,
      Set<SeatRole> roles,
      @Valid CallEligibility eligibility,
      @NotNull LocalDate opensOn,
      @NotNull LocalDate closesOn,
      boolean selfNominationAllowed,
      @Size(max = Limits.ID) String conferenceId,
      @Size(max = Limits.ID) String previousCallId) {}

  record Application(
      @NotNull SeatRole role, @NotBlank @Size(max = Limits.STATEMENT) String statement) {}

  record Endorsement(
      @NotNull EndorserRelation relation,
      @NotBlank @Size(max = Limits.STATEMENT) String endorsement) {}

  record EndorsementAsk(
      @NotBlank @Size(max = Limits.ID) String endorserId, @NotNull EndorserRelation relation) {}

  record Nomination(
      @NotBlank @Size(max = Limits.ID) String nomineeId,
      SeatRole role,
      @NotBlank @Size(max = Limits.STATEMENT) String statement,
      @Size(max = Limits.ID) String sponsorshipId) {}

  record Answer(@NotNull Boolean consent, @Size(max = Limits.REASON) String reason) {}

  record Withdrawal(@Size(max = Limits.REASON) String reason) {}

  record Conflict(
      @NotBlank @Size(max = Limits.ID) String candidateId,
      @NotBlank @Size(max = Limits.REASON) String reason) {}

  record Decision(@NotNull Outcome outcome, @NotBlank @Size(max = Limits.TEXT) String reason) {}

  record Term(@NotNull LocalDate termStart, LocalDate termEnd) {}

  private final CommandGateway commands;
  private final QueryGateway queries;
  private final CallRegistry calls;

  public CallController(CommandGateway commands, QueryGateway queries, CallRegistry calls) {
    this.commands = commands;
    this.queries = queries;
    this.calls = calls;
  }

  @Operation(
      summary =
          "Open a call for volunteers, an award cycle, or a call for talk or panel nominations",
      description = "Staff of the committee's society, or its chair.")
  @PostMapping("/committees/{committeeId}/calls")
  public ResponseEntity<Map<String, String>> open(
      @PathVariable String committeeId, @Valid @RequestBody NewCall request) {
    String id = UUID.randomUUID().toString();
    commands.sendAndWait(
        new OpenCall(
            id,
            committeeId,
            request.purpose(),
            request.title(),
            request.description(),
            request.roles(),
            request.eligibility(),
            request.opensOn(),
            request.closesOn(),
            request.selfNominationAllowed(),
            request.conferenceId(),
            request.previousCallId()));
    return ResponseEntity.created(URI.create("/calls/" + id)).body(Map.of("callId", id));
  }

  @Operation(summary = "A committee's calls, newest first", description = "Staff and members.")
  @GetMapping("/committees/{committeeId}/calls")
  public List<CallView> callsOf(@PathVariable String committeeId) {
    return queries
        .query(
            new FindCallsOfCommittee(committeeId),
            ResponseTypes.multipleInstancesOf(CallView.class))
        .join();
  }

  @Operation(summary = "A call as published", description = "Staff and members.")
  @GetMapping("/calls/{callId}")
  public CallView call(@PathVariable String callId) {
    return queries
        .query(new FindCall(callId), ResponseTypes.optionalInstanceOf(CallView.class))
        .join()
        .orElseThrow(() -> DomainException.notFound("callId", "no call " + callId));
  }

  @Operation(
      summary = "Apply to a call for volunteers with a statement of interest",
      description = "Members, for themselves; the call checks eligibility and the deadline.")
  @PostMapping("/calls/{callId}/applications")
  public ResponseEntity<Map<String, String>> apply(
      @PathVariable String callId, @Valid @RequestBody Application request, Actor actor) {
    String id = UUID.randomUUID().toString();
    commands.sendAndWait(new Apply(callId, id, actor, request.role(), request.statement()));
    return created(callId, "applicationId", id);
  }

  @Operation(
      summary = "Endorse an application, as the endorser's own action",
      description = "Members (a mentor or program director), not the applicant.")
  @PostMapping("/calls/{callId}/applications/{applicationId}/endorsements")
  public ResponseEntity<Void> endorse(
      @PathVariable String callId,
      @PathVariable String applicationId,
      @Valid @RequestBody Endorsement request,
      Actor actor) {
    commands.sendAndWait(
        new EndorseApplication(
            callId, applicationId, actor, request.relation(), request.endorsement()));
    return ResponseEntity.noContent().build();
  }

  @Operation(
      summary = "Ask a mentor or program director to endorse one's application",
      description = "The applicant; the endorser sees the request and endorses as their own act.")
  @PostMapping("/calls/{callId}/applications/{applicationId}/endorsement-requests")
  public ResponseEntity<Void> askForEndorsement(
      @PathVariable String callId,
      @PathVariable String applicationId,
      @Valid @RequestBody EndorsementAsk request,
      Actor actor) {
    commands.sendAndWait(
        new RequestEndorsement(
            callId, applicationId, actor, request.endorserId(), request.relation()));
    return ResponseEntity.noContent().build();
  }

  @Operation(
      summary = "The endorsements a member was asked for, the unanswered first",
      description = "The member themself.")
  @GetMapping("/members/{memberId}/endorsement-requests")
  public List<EndorsementRequestView> endorsementRequests(@PathVariable String memberId) {
    return queries
        .query(
            new FindEndorsementRequests(memberId),
            ResponseTypes.multipleInstancesOf(EndorsementRequestView.class))
        .join();
  }

  @Operation(
      summary = "Nominate a member, with a confidential supporting statement",
      description =
          "Members, as nominator; self-nomination only where the call allows it. A sponsor may name"
              + " the sponsorship they act under.")
  @PostMapping("/calls/{callId}/nominations")
  public ResponseEntity<Map<String, String>> nominate(
      @PathVariable String callId, @Valid @RequestBody Nomination request, Actor actor) {
    String id = UUID.randomUUID().toString();
    commands.sendAndWait(
        new Nominate(
            callId,
            id,
            actor,
            request.nomineeId(),
            request.role(),
            request.statement(),
            request.sponsorshipId()));
    return created(callId, "nominationId", id);
  }

  @Operation(summary = "Consent to a nomination or decline it", description = "The nominee only.")
  @PostMapping("/calls/{callId}/nominations/{nominationId}/answer")
  public ResponseEntity<Void> answer(
      @PathVariable String callId,
      @PathVariable String nominationId,
      @Valid @RequestBody Answer request,
      Actor actor) {
    commands.sendAndWait(
        new AnswerNomination(callId, nominationId, actor, request.consent(), request.reason()));
    return ResponseEntity.noContent().build();
  }

  @Operation(
      summary = "Withdraw an application or a nomination before the decision",
      description = "The applicant, or the nominator.")
  @PostMapping("/calls/{callId}/submissions/{submissionId}/withdrawal")
  public ResponseEntity<Void> withdraw(
      @PathVariable String callId,
      @PathVariable String submissionId,
      @Valid @RequestBody Withdrawal request,
      Actor actor) {
    commands.sendAndWait(new WithdrawSubmission(callId, submissionId, actor, request.reason()));
    return ResponseEntity.noContent().build();
  }

  @Operation(
      summary = "Shortlist an application or a consented nomination",
      description = "Staff of the committee's society, or its chair.")
  @PostMapping("/calls/{callId}/submissions/{submissionId}/shortlist")
  public ResponseEntity<Void> shortlist(
      @PathVariable String callId, @PathVariable String submissionId, Actor actor) {
    commands.sendAndWait(new Shortlist(callId, submissionId, actor));
    return ResponseEntity.noContent().build();
  }

  @Operation(
      summary = "Declare a conflict of interest with a candidate",
      description = "Staff of the committee's society, or its chair, for themselves.")
  @PostMapping("/calls/{callId}/conflicts")
  public ResponseEntity<Void> declareConflict(
      @PathVariable String callId, @Valid @RequestBody Conflict request, Actor actor) {
    commands.sendAndWait(
        new DeclareConflict(callId, actor, request.candidateId(), request.reason()));
    return ResponseEntity.noContent().build();
  }

  @Operation(
      summary = "Decide on an application or nomination once the call has closed, with a reason",
      description =
          "Staff of the committee's society, or its chair, without a conflict of interest with the"
              + " candidate.")
  @PostMapping("/calls/{callId}/submissions/{submissionId}/decision")
  public ResponseEntity<Void> decide(
      @PathVariable String callId,
      @PathVariable String submissionId,
      @Valid @RequestBody Decision request,
      Actor actor) {
    commands.sendAndWait(
        new Decide(callId, submissionId, actor, request.outcome(), request.reason()));
    return ResponseEntity.noContent().build();
  }

  @Operation(
      summary = "Appoint the candidate of a selected application or nomination to its seat",
      description =
          "Staff of the committee's society, or its chair. The term ends after the committee's"
              + " default term unless given.")
  @PostMapping("/calls/{callId}/submissions/{submissionId}/appointment")
  public ResponseEntity<Map<String, String>> appoint(
      @PathVariable String callId,
      @PathVariable String submissionId,
      @Valid @RequestBody Term request) {
    SubmissionFacts submission =
        calls
            .submission(submissionId)
            .filter(s -> s.callId().equals(callId))
            .orElseThrow(
                () ->
                    DomainException.notFound(
                        "submissionId", "no application or nomination " + submissionId));
    if (submission.role() == null) {
      throw DomainException.invalid("submissionId", "only a committee seat is appointed to");
    }
    String committeeId = calls.call(callId).orElseThrow().committeeId();
    String id = UUID.randomUUID().toString();
    commands.sendAndWait(
        new AppointMember(
            committeeId,
            id,
            submission.candidateId(),
            submission.role(),
            request.termStart(),
            request.termEnd(),
            submissionId));
    return ResponseEntity.created(URI.create("/committees/" + committeeId + "/roster"))
        .body(Map.of("appointmentId", id, "committeeId", committeeId));
  }

  @Operation(
      summary = "A call's applications and nominations with statements, endorsements and conflicts",
      description =
          "Staff of the committee's society, or its chair. Never nominees: statements are"
              + " confidential; a chair who is a candidate sees nothing of the submissions about"
              + " them.")
  @GetMapping("/calls/{callId}/submissions")
  public CallReview review(@PathVariable String callId, Actor actor) {
    return queries
        .query(
            new FindCallReview(callId, actor.memberId()),
            ResponseTypes.optionalInstanceOf(CallReview.class))
        .join()
        .orElseThrow(() -> DomainException.notFound("callId", "no call " + callId));
  }

  @Operation(
      summary = "The nominations a member received (without nominator or statement) and made",
      description = "The member themself.")
  @GetMapping("/members/{memberId}/nominations")
  public MemberNominations nominationsOf(@PathVariable String memberId) {
    return queries
        .query(new FindNominationsOf(memberId), ResponseTypes.instanceOf(MemberNominations.class))
        .join();
  }

  @Operation(
      summary = "The calls open today whose eligibility the member meets",
      description = "The member themself, and staff.")
  @GetMapping("/members/{memberId}/open-calls")
  public List<CallView> openCallsFor(@PathVariable String memberId) {
    return queries
        .query(
            new FindOpenCallsFor(memberId, LocalDate.now(ZoneOffset.UTC)),
            ResponseTypes.multipleInstancesOf(CallView.class))
        .join();
  }

  @Operation(
      summary =
          "The calls open today in the member's societies, each with the conditions of its"
              + " eligibility the member does not meet (empty: they may apply)",
      description = "The member themself.")
  @GetMapping("/members/{memberId}/calls-open-today")
  public List<OpenCallFor> openCallsWithEligibility(@PathVariable String memberId) {
    return queries
        .query(
            new FindOpenCallsWithEligibility(memberId, LocalDate.now(ZoneOffset.UTC)),
            ResponseTypes.multipleInstancesOf(OpenCallFor.class))
        .join();
  }

  @Operation(
      summary = "A member's committee appointments and awards over time",
      description = "The member themself (all of it), and staff (the entries of their societies).")
  @GetMapping("/members/{memberId}/service-history")
  public List<ServiceRecord> serviceHistory(@PathVariable String memberId, Actor actor) {
    Caller caller = Caller.current().orElseThrow();
    boolean self = actor.is(memberId);
    Set<String> societies =
        self || caller.isPlatformStaff() ? null : new HashSet<>(caller.societyIds());
    return queries
        .query(
            new FindServiceHistory(memberId, societies),
            ResponseTypes.multipleInstancesOf(ServiceRecord.class))
        .join();
  }

  private static ResponseEntity<Map<String, String>> created(
      String callId, String idName, String id) {
    return ResponseEntity.created(URI.create("/calls/" + callId)).body(Map.of(idName, id));
  }
}
