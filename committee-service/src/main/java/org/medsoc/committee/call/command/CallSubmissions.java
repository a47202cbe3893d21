package org.medsoc.committee.call.command;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.medsoc.committee.call.api.*;
import org.medsoc.kernel.error.DomainException;
import org.medsoc.platform.acting.Actor;
import org.medsoc.platform.eligibility.Eligibility;

/**
 * The applications and nominations of a call and what becomes of each: endorsements asked for and
 * given, a nominee's consent, withdrawals, the shortlist, declared conflicts and the decisions. A
 * reviewer never weighs a candidate they have a stake in, and nothing is decided before the call
 * has closed.
 */
class CallSubmissions {

  private String callId;
  private String societyId;
  private CallEligibility rule;
  private LocalDate closesOn;
  private boolean closed;
  private final Map<String, Submission> submissions = new LinkedHashMap<>();
  private final Set<String> conflicts = new HashSet<>();
  private final Set<String> endorsementsAsked = new HashSet<>();

  CallSubmissions(String callId, String societyId, CallEligibility rule, LocalDate closesOn) {
    this.callId = callId;
    this.societyId = societyId;
    this.rule = rule;
    this.closesOn = closesOn;
  }

  /** Whether the call has closed: decisions only then, submissions only before. */
  boolean closed() {
    return closed;
  }

  boolean hasLiveApplicationOf(String applicantId) {
    return submissions.values().stream()
        .anyMatch(
            s ->
                s.kind() == Submission.Kind.APPLICATION
                    && s.candidateId().equals(applicantId)
                    && s.status().isLive());
  }

  boolean hasLiveNomination(String nominatorId, String nomineeId) {
    return submissions.values().stream()
        .anyMatch(
            s ->
                s.kind() == Submission.Kind.NOMINATION
                    && s.candidateId().equals(nomineeId)
                    && nominatorId.equals(s.nominatorId())
                    && s.status().isLive());
  }

  @CommandHandler
  void handle(EndorseApplication command) {
    Submission application = submission(command.applicationId());
    if (application.kind() != Submission.Kind.APPLICATION) {
      throw DomainException.notFound("applicationId", "no application " + command.applicationId());
    }
    requireLive(application);
    String endorserId = command.endorser().member();
    if (endorserId.equals(application.candidateId())) {
      throw DomainException.invalid("endorserId", "an applicant cannot endorse themself");
    }
    if (application.endorsers().contains(endorserId)) {
      throw DomainException.conflict("endorserId", "you have already endorsed this application");
    }
    apply(
        new ApplicationEndorsed(
            callId,
            application.id(),
            application.candidateId(),
            endorserId,
            command.relation(),
            command.endorsement().trim()));
  }

  /**
   * Only the applicant asks, while the call takes applications, someone of the call's society who
   * is not themself, once each; the endorsement stays the endorser's own act.
   */
  @CommandHandler
  void handle(RequestEndorsement command, Eligibility eligibility) {
    Submission application = submission(command.applicationId());
    if (application.kind() != Submission.Kind.APPLICATION) {
      throw DomainException.notFound("applicationId", "no application " + command.applicationId());
    }
    if (!command.applicant().is(application.candidateId())) {
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
  void handle(AnswerNomination command) {
    Submission nomination = submission(command.nominationId());
    if (nomination.kind() != Submission.Kind.NOMINATION
        || !command.nominee().is(nomination.candidateId())) {
      throw DomainException.forbidden();
    }
    requireLive(nomination);
    if (nomination.consent() != Submission.Consent.PENDING) {
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
  void handle(WithdrawSubmission command) {
    Submission submission = submission(command.submissionId());
    String owner =
        submission.kind() == Submission.Kind.APPLICATION
            ? submission.candidateId()
            : submission.nominatorId();
    if (!command.member().is(owner)) {
      throw DomainException.forbidden();
    }
    requireLive(submission);
    apply(
        new SubmissionWithdrawn(
            callId,
            submission.id(),
            submission.candidateId(),
            command.member().memberId(),
            command.reason()));
  }

  @CommandHandler
  void handle(Shortlist command) {
    Submission submission = submission(command.submissionId());
    requireConsidered(submission);
    requireUnconflicted(command.reviewer(), submission);
    if (submission.status() == Submission.Status.SHORTLISTED) {
      throw DomainException.conflict("submissionId", "already shortlisted");
    }
    apply(new Shortlisted(callId, submission.id(), submission.candidateId()));
  }

  /** Declaring twice changes nothing. */
  @CommandHandler
  void handle(DeclareConflict command) {
    if (!conflicts.contains(conflictKey(command.reviewer().subject(), command.candidateId()))) {
      apply(
          new ConflictDeclared(
              callId, command.reviewer().subject(), command.candidateId(), command.reason()));
    }
  }

  @CommandHandler
  void handle(Decide command, Eligibility eligibility) {
    Submission submission = submission(command.submissionId());
    if (!closed) {
      throw DomainException.conflict(
          "submissionId", "decisions are made once the call has closed, on " + closesOn);
    }
    requireConsidered(submission);
    Actor reviewer = command.reviewer();
    requireUnconflicted(reviewer, submission);
    if (command.outcome() == Outcome.SELECTED) {
      requireEligible(rule, eligibility, societyId, submission.candidateId(), "submissionId");
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

  static void requireEligible(
      CallEligibility rule, Eligibility view, String societyId, String memberId, String field) {
    if (!isEligible(rule, view, societyId, memberId)) {
      throw DomainException.conflict(
          field, "only an active member of the society who meets the call's eligibility");
    }
  }

  static boolean isEligible(
      CallEligibility rule, Eligibility view, String societyId, String memberId) {
    return rule.unmetBy(view.of(memberId, societyId).orElse(null)).isEmpty();
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
    if (submission.kind() == Submission.Kind.NOMINATION
        && submission.consent() != Submission.Consent.GIVEN) {
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
            Submission.Kind.APPLICATION,
            event.applicantId(),
            null,
            Submission.Consent.GIVEN,
            Submission.Status.SUBMITTED,
            Set.of()));
  }

  @EventSourcingHandler
  void on(ApplicationEndorsed event) {
    replace(event.applicationId(), s -> s.endorsedBy(event.endorserId()));
  }

  @EventSourcingHandler
  void on(MemberNominated event) {
    submissions.put(
        event.nominationId(),
        new Submission(
            event.nominationId(),
            Submission.Kind.NOMINATION,
            event.nomineeId(),
            event.nominatorId(),
            Submission.Consent.PENDING,
            Submission.Status.SUBMITTED,
            Set.of()));
  }

  @EventSourcingHandler
  void on(NominationCarriedOver event) {
    submissions.put(
        event.nominationId(),
        new Submission(
            event.nominationId(),
            Submission.Kind.NOMINATION,
            event.nomineeId(),
            event.nominatorId(),
            event.consented() ? Submission.Consent.GIVEN : Submission.Consent.PENDING,
            Submission.Status.SUBMITTED,
            Set.of()));
  }

  @EventSourcingHandler
  void on(NominationAccepted event) {
    replace(event.nominationId(), s -> s.with(Submission.Consent.GIVEN));
  }

  @EventSourcingHandler
  void on(NominationDeclined event) {
    replace(
        event.nominationId(),
        s -> s.with(Submission.Consent.REFUSED).with(Submission.Status.DECLINED));
  }

  @EventSourcingHandler
  void on(SubmissionWithdrawn event) {
    replace(event.submissionId(), s -> s.with(Submission.Status.WITHDRAWN));
  }

  @EventSourcingHandler
  void on(Shortlisted event) {
    replace(event.submissionId(), s -> s.with(Submission.Status.SHORTLISTED));
  }

  @EventSourcingHandler
  void on(ConflictDeclared event) {
    conflicts.add(conflictKey(event.reviewer(), event.candidateId()));
  }

  @EventSourcingHandler
  void on(SubmissionDecided event) {
    replace(
        event.submissionId(),
        s ->
            s.with(
                event.outcome() == Outcome.SELECTED
                    ? Submission.Status.SELECTED
                    : Submission.Status.NOT_SELECTED));
  }

  private void replace(String submissionId, UnaryOperator<Submission> change) {
    submissions.computeIfPresent(submissionId, (id, s) -> change.apply(s));
  }
}
