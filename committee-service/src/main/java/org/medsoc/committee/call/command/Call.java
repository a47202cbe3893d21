package org.medsoc.committee.call.command;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.UnaryOperator;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.deadline.DeadlineManager;
import org.axonframework.deadline.annotation.DeadlineHandler;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;
import org.medsoc.committee.call.api.*;
import org.medsoc.committee.committee.api.SeatRole;
import org.medsoc.committee.committee.command.CommitteeRegistry.CommitteeFacts;
import org.medsoc.committee.committee.command.Committees;
import org.medsoc.kernel.error.DomainException;
import org.medsoc.platform.acting.Actor;
import org.medsoc.platform.eligibility.Eligibility;

/**
 * A call for volunteers or an award cycle, with its applications and nominations. Candidates apply
 * or are nominated while it is open; nominees consent or decline; reviewers shortlist, declare
 * conflicts of interest, and decide once it has closed, so that everyone who came in time is
 * weighed together.
 *
 * <p>A popular call gathers hundreds of nominations, so it stays in memory between commands (the
 * platform's aggregate cache).
 */
@Aggregate(cache = "aggregateCache")
public class Call {

  static final String CLOSING = "call-closing";

  enum Kind {
    APPLICATION,
    NOMINATION
  }

  enum Consent {
    PENDING,
    GIVEN,
    REFUSED
  }

  enum Status {
    SUBMITTED,
    SHORTLISTED,
    WITHDRAWN,
    DECLINED,
    SELECTED,
    NOT_SELECTED;

    boolean isLive() {
      return this == SUBMITTED || this == SHORTLISTED;
    }
  }

  record Submission(
      String id,
      Kind kind,
      String candidateId,
      String nominatorId,
      Consent consent,
      Status status,
      Set<String> endorsers) {

    Submission with(Status newStatus) {
      return new Submission(id, kind, candidateId, nominatorId, consent, newStatus, endorsers);
    }

    Submission with(Consent newConsent) {
      return new Submission(id, kind, candidateId, nominatorId, newConsent, status, endorsers);
    }

    /** Those whose own stake in the submission keeps them from deciding it. */
    boolean involves(String memberId) {
      return memberId != null
          && (memberId.equals(candidateId)
              || memberId.equals(nominatorId)
              || endorsers.contains(memberId));
    }
  }

  @AggregateIdentifier private String callId;
  private String societyId;
  private CallPurpose purpose;
  private Set<SeatRole> roles;
  private CallEligibility eligibility;
  private LocalDate opensOn;
  private LocalDate closesOn;
  private boolean selfNominationAllowed;
  private boolean closed;
  private final Map<String, Submission> submissions = new LinkedHashMap<>();
  private final Set<String> conflicts = new HashSet<>();
  private final Set<String> endorsementsAsked = new HashSet<>();

  protected Call() {}

  @CommandHandler
  public Call(
      OpenCall command,
      Committees committees,
      Cycles cycles,
      Eligibility eligibility,
      CallReferences references,
      DeadlineManager deadlines) {
    CommitteeFacts committee =
        committees
            .find(command.committeeId())
            .orElseThrow(
                () ->
                    DomainException.notFound(
                        "committeeId", "no committee " + command.committeeId()));
    CallPurpose purpose = command.purpose();
    if (purpose == CallPurpose.AWARD && !committee.awardCommittee()) {
      throw DomainException.invalid("purpose", "only an award committee runs award cycles");
    }
    Set<SeatRole> roles = command.roles() == null ? Set.of() : Set.copyOf(command.roles());
    if (purpose == CallPurpose.COMMITTEE_SEAT && roles.isEmpty()) {
      throw DomainException.invalid("roles", "a call for volunteers names the seats it fills");
    }
    if (purpose != CallPurpose.COMMITTEE_SEAT && !roles.isEmpty()) {
      throw DomainException.invalid("roles", "only a call for committee seats has seat roles");
    }
    boolean forConference = purpose == CallPurpose.TALK || purpose == CallPurpose.PANEL;
    if (forConference != (command.conferenceId() != null)) {
      throw DomainException.invalid(
          "conferenceId", "a talk or panel call names its conference, and only such a call");
    }
    if (forConference
        && !references
            .societyOfConference(command.conferenceId())
            .map(committee.societyId()::equals)
            .orElse(false)) {
      throw DomainException.invalid(
          "conferenceId", "no conference of this committee's society is known by that id");
    }
    if (command.closesOn().isBefore(command.opensOn())) {
      throw DomainException.invalid("closesOn", "a call closes on or after the day it opens");
    }
    if (command.closesOn().isBefore(today())) {
      throw DomainException.invalid("closesOn", "the closing day has passed");
    }
    if (command.previousCallId() != null) {
      requireContinuable(command, cycles);
    }
    apply(
            new CallOpened(
                command.callId(),
                command.committeeId(),
                committee.societyId(),
                purpose,
                command.title().trim(),
                command.description(),
                roles,
                command.eligibility() == null ? CallEligibility.anyMember() : command.eligibility(),
                command.opensOn(),
                command.closesOn(),
                command.selfNominationAllowed(),
                command.conferenceId(),
                command.previousCallId(),
                committee.carryOverNominations()))
        .andThen(
            () -> {
              // The aggregate's state exists only once the opening event is applied.
              if (command.previousCallId() != null && committee.carryOverNominations()) {
                carryOver(command.previousCallId(), cycles, eligibility);
              }
            });
    deadlines.schedule(
        command.closesOn().plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant(),
        CLOSING,
        new CallDue(command.callId()));
  }

  private static void requireContinuable(OpenCall command, Cycles cycles) {
    Cycles.Cycle previous =
        cycles
            .find(command.previousCallId())
            .orElseThrow(
                () ->
                    DomainException.notFound(
                        "previousCallId", "no call " + command.previousCallId()));
    if (!previous.committeeId().equals(command.committeeId())
        || previous.purpose() != command.purpose()) {
      throw DomainException.invalid(
          "previousCallId", "a cycle continues a call of the same committee and purpose");
    }
    if (!previous.closed()) {
      throw DomainException.conflict("previousCallId", "the previous cycle has not closed yet");
    }
    cycles
        .continuationOf(previous.callId())
        .ifPresent(
            next -> {
              throw DomainException.conflict(
                  "previousCallId", "the call " + next + " already continues that cycle");
            });
  }

  /** Nominees who are no longer eligible are not carried: the new cycle's rules apply to all. */
  private void carryOver(String previousCallId, Cycles cycles, Eligibility eligibility) {
    for (Cycles.Unselected nomination : cycles.unselectedNominationsOf(previousCallId)) {
      if (isEligible(nomination.nomineeId(), eligibility)
          && (nomination.role() == null || roles.contains(nomination.role()))) {
        apply(
            new NominationCarriedOver(
                callId,
                carriedId(nomination.nominationId()),
                previousCallId,
                nomination.nominationId(),
                nomination.nominatorId(),
                nomination.nomineeId(),
                nomination.role(),
                nomination.statement(),
                nomination.sponsorshipId(),
                nomination.consented()));
      }
    }
  }

  private String carriedId(String fromNominationId) {
    return UUID.nameUUIDFromBytes(
            (callId + "/" + fromNominationId).getBytes(StandardCharsets.UTF_8))
        .toString();
  }

  @CommandHandler
  public void handle(Apply command, Eligibility eligibility) {
    if (purpose != CallPurpose.COMMITTEE_SEAT) {
      throw DomainException.invalid("callId", "candidates for this call are nominated");
    }
    requireOpen();
    requireRole(command.role());
    requireEligible(command.applicantId(), "applicantId", eligibility);
    if (submissions.values().stream()
        .anyMatch(
            s ->
                s.kind() == Kind.APPLICATION
                    && s.candidateId().equals(command.applicantId())
                    && s.status().isLive())) {
      throw DomainException.conflict("applicantId", "you have already applied to this call");
    }
    apply(
        new ApplicationSubmitted(
            callId,
            command.applicationId(),
            command.applicantId(),
            command.role(),
            command.statement().trim()));
  }

  @CommandHandler
  public void handle(EndorseApplication command) {
    Submission application = submission(command.applicationId());
    if (application.kind() != Kind.APPLICATION) {
      throw DomainException.notFound("applicationId", "no application " + command.applicationId());
    }
    requireLive(application);
    if (command.endorserId() == null) {
      throw DomainException.forbidden();
    }
    if (command.endorserId().equals(application.candidateId())) {
      throw DomainException.invalid("endorserId", "an applicant cannot endorse themself");
    }
    if (application.endorsers().contains(command.endorserId())) {
      throw DomainException.conflict("endorserId", "you have already endorsed this application");
    }
    apply(
        new ApplicationEndorsed(
            callId,
            application.id(),
            application.candidateId(),
            command.endorserId(),
            command.relation(),
            command.endorsement().trim()));
  }

  /**
   * Only the applicant asks, while the call takes applications, someone of the call's society who
   * is not themself, once each; the endorsement stays the endorser's own act.
   */
  @CommandHandler
  public void handle(RequestEndorsement command, Eligibility eligibility) {
    Submission application = submission(command.applicationId());
    if (application.kind() != Kind.APPLICATION) {
      throw DomainException.notFound("applicationId", "no application " + command.applicationId());
    }
    if (command.applicantId() == null || !command.applicantId().equals(application.candidateId())) {
      throw DomainException.forbidden();
    }
    requireLive(application);
    if (command.endorserId().equals(application.candidateId())) {
      throw DomainException.invalid("endorserId", "ask someone other than yourself");
    }
    if (eligibility.of(command.endorserId(), societyId).isEmpty()) {
      throw DomainException.notFound(
          "endorserId", "no member of this society " + command.endorserId());
    }
    if (application.endorsers().contains(command.endorserId())) {
      throw DomainException.conflict("endorserId", "they have already endorsed this application");
    }
    if (endorsementsAsked.contains(application.id() + "/" + command.endorserId())) {
      throw DomainException.conflict("endorserId", "you have already asked them");
    }
    apply(
        new EndorsementRequested(
            callId,
            application.id(),
            application.candidateId(),
            command.endorserId(),
            command.relation()));
  }

  @EventSourcingHandler
  void on(EndorsementRequested event) {
    endorsementsAsked.add(event.applicationId() + "/" + event.endorserId());
  }

  @CommandHandler
  public void handle(Nominate command, Eligibility eligibility, CallReferences references) {
    requireOpen();
    if (command.nominatorId() == null) {
      throw DomainException.forbidden();
    }
    if (purpose == CallPurpose.COMMITTEE_SEAT) {
      requireRole(command.role());
    } else if (command.role() != null) {
      throw DomainException.invalid("role", "only a call for committee seats has seat roles");
    }
    boolean self = command.nominatorId().equals(command.nomineeId());
    if (self && !selfNominationAllowed) {
      throw DomainException.invalid("nomineeId", "this call does not accept self-nomination");
    }
    requireEligible(command.nomineeId(), "nomineeId", eligibility);
    if (command.sponsorshipId() != null
        && !references.sponsors(
            command.sponsorshipId(), command.nominatorId(), command.nomineeId())) {
      throw DomainException.invalid(
          "sponsorshipId", "no sponsorship of the nominee by the nominator is known by that id");
    }
    if (submissions.values().stream()
        .anyMatch(
            s ->
                s.kind() == Kind.NOMINATION
                    && s.candidateId().equals(command.nomineeId())
                    && command.nominatorId().equals(s.nominatorId())
                    && s.status().isLive())) {
      throw DomainException.conflict("nomineeId", "you have already nominated this member");
    }
    apply(
        new MemberNominated(
            callId,
            command.nominationId(),
            command.nominatorId(),
            command.nomineeId(),
            command.role(),
            command.statement().trim(),
            command.sponsorshipId()));
    if (self) {
      apply(new NominationAccepted(callId, command.nominationId(), command.nomineeId()));
    }
  }

  @CommandHandler
  public void handle(AnswerNomination command) {
    Submission nomination = submission(command.nominationId());
    if (nomination.kind() != Kind.NOMINATION
        || !nomination.candidateId().equals(command.nomineeId())) {
      throw DomainException.forbidden();
    }
    requireLive(nomination);
    if (nomination.consent() != Consent.PENDING) {
      throw DomainException.conflict("consent", "you have already answered this nomination");
    }
    if (command.consent()) {
      apply(new NominationAccepted(callId, nomination.id(), nomination.candidateId()));
    } else {
      apply(
          new NominationDeclined(
              callId, nomination.id(), nomination.candidateId(), command.reason()));
    }
  }

  @CommandHandler
  public void handle(WithdrawSubmission command) {
    Submission submission = submission(command.submissionId());
    String owner =
        submission.kind() == Kind.APPLICATION ? submission.candidateId() : submission.nominatorId();
    if (!owner.equals(command.memberId())) {
      throw DomainException.forbidden();
    }
    requireLive(submission);
    apply(
        new SubmissionWithdrawn(
            callId,
            submission.id(),
            submission.candidateId(),
            command.memberId(),
            command.reason()));
  }

  @CommandHandler
  public void handle(Shortlist command) {
    Submission submission = submission(command.submissionId());
    requireConsidered(submission);
    requireUnconflicted(command.reviewer(), submission);
    if (submission.status() == Status.SHORTLISTED) {
      throw DomainException.conflict("submissionId", "already shortlisted");
    }
    apply(new Shortlisted(callId, submission.id(), submission.candidateId()));
  }

  /** Declaring twice changes nothing. */
  @CommandHandler
  public void handle(DeclareConflict command) {
    if (!conflicts.contains(conflictKey(command.reviewer().subject(), command.candidateId()))) {
      apply(
          new ConflictDeclared(
              callId, command.reviewer().subject(), command.candidateId(), command.reason()));
    }
  }

  @CommandHandler
  public void handle(Decide command, Eligibility eligibility) {
    Submission submission = submission(command.submissionId());
    if (!closed) {
      throw DomainException.conflict(
          "submissionId", "decisions are made once the call has closed, on " + closesOn);
    }
    requireConsidered(submission);
    Actor reviewer = command.reviewer();
    requireUnconflicted(reviewer, submission);
    if (command.outcome() == Outcome.SELECTED) {
      requireEligible(submission.candidateId(), "submissionId", eligibility);
    }
    apply(
        new SubmissionDecided(
            callId,
            submission.id(),
            submission.candidateId(),
            command.outcome(),
            command.reason().trim(),
            reviewer.subject()));
  }

  /** A declared conflict, or being the candidate, the nominator or an endorser, is a conflict. */
  private void requireUnconflicted(Actor reviewer, Submission submission) {
    if (conflicts.contains(conflictKey(reviewer.subject(), submission.candidateId()))
        || submission.involves(reviewer.memberId())) {
      throw DomainException.conflict(
          "reviewer", "a reviewer with a conflict of interest cannot weigh this candidate");
    }
  }

  @DeadlineHandler(deadlineName = CLOSING)
  public void on(CallDue due) {
    if (!closed) {
      apply(new CallClosed(callId, closesOn));
    }
  }

  private void requireOpen() {
    LocalDate today = today();
    if (closed || today.isAfter(closesOn)) {
      throw DomainException.conflict("callId", "the call closed on " + closesOn);
    }
    if (today.isBefore(opensOn)) {
      throw DomainException.conflict("callId", "the call opens on " + opensOn);
    }
  }

  private void requireRole(SeatRole role) {
    if (role == null || !roles.contains(role)) {
      throw DomainException.invalid("role", "the call is for " + roles);
    }
  }

  private void requireEligible(String memberId, String field, Eligibility view) {
    if (!isEligible(memberId, view)) {
      throw DomainException.conflict(
          field, "only an active member of the society who meets the call's eligibility");
    }
  }

  private boolean isEligible(String memberId, Eligibility view) {
    return eligibility.unmetBy(view.of(memberId, societyId).orElse(null)).isEmpty();
  }

  private static void requireLive(Submission submission) {
    if (!submission.status().isLive()) {
      throw DomainException.conflict(
          "submissionId", "it is already " + submission.status().name().toLowerCase());
    }
  }

  /** Only a live submission is weighed, and a nomination only with the nominee's consent. */
  private static void requireConsidered(Submission submission) {
    requireLive(submission);
    if (submission.kind() == Kind.NOMINATION && submission.consent() != Consent.GIVEN) {
      throw DomainException.conflict(
          "submissionId", "the nominee has not consented to be considered");
    }
  }

  private Submission submission(String submissionId) {
    Submission submission = submissions.get(submissionId);
    if (submission == null) {
      throw DomainException.notFound(
          "submissionId", "no application or nomination " + submissionId + " in this call");
    }
    return submission;
  }

  private static String conflictKey(String reviewer, String candidateId) {
    return reviewer + "\n" + candidateId;
  }

  private static LocalDate today() {
    return LocalDate.ofInstant(GenericEventMessage.clock.instant(), ZoneOffset.UTC);
  }

  @EventSourcingHandler
  void on(CallOpened event) {
    callId = event.callId();
    societyId = event.societyId();
    purpose = event.purpose();
    roles = event.roles();
    eligibility = event.eligibility();
    opensOn = event.opensOn();
    closesOn = event.closesOn();
    selfNominationAllowed = event.selfNominationAllowed();
  }

  @EventSourcingHandler
  void on(CallClosed event) {
    closed = true;
  }

  @EventSourcingHandler
  void on(ApplicationSubmitted event) {
    submissions.put(
        event.applicationId(),
        new Submission(
            event.applicationId(),
            Kind.APPLICATION,
            event.applicantId(),
            null,
            Consent.GIVEN,
            Status.SUBMITTED,
            Set.of()));
  }

  @EventSourcingHandler
  void on(ApplicationEndorsed event) {
    replace(
        event.applicationId(),
        s -> {
          Set<String> endorsers = new HashSet<>(s.endorsers());
          endorsers.add(event.endorserId());
          return new Submission(
              s.id(),
              s.kind(),
              s.candidateId(),
              s.nominatorId(),
              s.consent(),
              s.status(),
              Set.copyOf(endorsers));
        });
  }

  @EventSourcingHandler
  void on(MemberNominated event) {
    submissions.put(
        event.nominationId(),
        new Submission(
            event.nominationId(),
            Kind.NOMINATION,
            event.nomineeId(),
            event.nominatorId(),
            Consent.PENDING,
            Status.SUBMITTED,
            Set.of()));
  }

  @EventSourcingHandler
  void on(NominationCarriedOver event) {
    submissions.put(
        event.nominationId(),
        new Submission(
            event.nominationId(),
            Kind.NOMINATION,
            event.nomineeId(),
            event.nominatorId(),
            event.consented() ? Consent.GIVEN : Consent.PENDING,
            Status.SUBMITTED,
            Set.of()));
  }

  @EventSourcingHandler
  void on(NominationAccepted event) {
    replace(event.nominationId(), s -> s.with(Consent.GIVEN));
  }

  @EventSourcingHandler
  void on(NominationDeclined event) {
    replace(event.nominationId(), s -> s.with(Consent.REFUSED).with(Status.DECLINED));
  }

  @EventSourcingHandler
  void on(SubmissionWithdrawn event) {
    replace(event.submissionId(), s -> s.with(Status.WITHDRAWN));
  }

  @EventSourcingHandler
  void on(Shortlisted event) {
    replace(event.submissionId(), s -> s.with(Status.SHORTLISTED));
  }

  @EventSourcingHandler
  void on(ConflictDeclared event) {
    conflicts.add(conflictKey(event.reviewer(), event.candidateId()));
  }

  @EventSourcingHandler
  void on(SubmissionDecided event) {
    replace(
        event.submissionId(),
        s -> s.with(event.outcome() == Outcome.SELECTED ? Status.SELECTED : Status.NOT_SELECTED));
  }

  private void replace(String submissionId, UnaryOperator<Submission> change) {
    submissions.computeIfPresent(submissionId, (id, s) -> change.apply(s));
  }
}
