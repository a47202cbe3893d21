package org.medsoc.committee.call.command;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Set;
import java.util.UUID;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.deadline.DeadlineManager;
import org.axonframework.deadline.annotation.DeadlineHandler;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.AggregateMember;
import org.axonframework.spring.stereotype.Aggregate;
import org.medsoc.committee.call.api.*;
import org.medsoc.committee.committee.api.SeatRole;
import org.medsoc.committee.committee.command.CommitteeRegistry.CommitteeFacts;
import org.medsoc.committee.committee.command.Committees;
import org.medsoc.kernel.error.DomainException;
import org.medsoc.platform.eligibility.Eligibility;

/**
 * A call for volunteers or an award cycle. Candidates apply or are nominated while it is open, by
 * its rules (seats, eligibility, self-nomination); what becomes of each submission is its {@link
 * CallSubmissions}': nominees consent or decline, reviewers shortlist, declare conflicts of
 * interest, and decide once the call has closed, so that everyone who came in time is weighed
 * together.
 *
 * <p>A popular call gathers hundreds of nominations, so it stays in memory between commands (the
 * platform's aggregate cache).
 */
@Aggregate(cache = "aggregateCache")
public class Call {

  static final String CLOSING = "call-closing";

  @AggregateIdentifier private String callId;
  private String societyId;
  private CallPurpose purpose;
  private Set<SeatRole> roles;
  private CallEligibility eligibility;
  private LocalDate opensOn;
  private LocalDate closesOn;
  private boolean selfNominationAllowed;
  @AggregateMember private CallSubmissions submissions;

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
    String applicantId = command.applicant().member();
    if (purpose != CallPurpose.COMMITTEE_SEAT) {
      throw DomainException.invalid("callId", "candidates for this call are nominated");
    }
    requireOpen();
    requireRole(command.role());
    requireEligible(applicantId, "applicantId", eligibility);
    if (submissions.hasLiveApplicationOf(applicantId)) {
      throw DomainException.conflict("applicantId", "you have already applied to this call");
    }
    apply(
        new ApplicationSubmitted(
            callId,
            command.applicationId(),
            applicantId,
            command.role(),
            command.statement().trim()));
  }

  @CommandHandler
  public void handle(Nominate command, Eligibility eligibility, CallReferences references) {
    requireOpen();
    String nominatorId = command.nominator().member();
    if (purpose == CallPurpose.COMMITTEE_SEAT) {
      requireRole(command.role());
    } else if (command.role() != null) {
      throw DomainException.invalid("role", "only a call for committee seats has seat roles");
    }
    boolean self = nominatorId.equals(command.nomineeId());
    if (self && !selfNominationAllowed) {
      throw DomainException.invalid("nomineeId", "this call does not accept self-nomination");
    }
    requireEligible(command.nomineeId(), "nomineeId", eligibility);
    if (command.sponsorshipId() != null
        && !references.sponsors(command.sponsorshipId(), nominatorId, command.nomineeId())) {
      throw DomainException.invalid(
          "sponsorshipId", "no sponsorship of the nominee by the nominator is known by that id");
    }
    if (submissions.hasLiveNomination(nominatorId, command.nomineeId())) {
      throw DomainException.conflict("nomineeId", "you have already nominated this member");
    }
    apply(
        new MemberNominated(
            callId,
            command.nominationId(),
            nominatorId,
            command.nomineeId(),
            command.role(),
            command.statement().trim(),
            command.sponsorshipId()));
    if (self) {
      apply(new NominationAccepted(callId, command.nominationId(), command.nomineeId()));
    }
  }

  @DeadlineHandler(deadlineName = CLOSING)
  public void on(CallDue due) {
    if (!submissions.closed()) {
      apply(new CallClosed(callId, closesOn));
    }
  }

  private void requireOpen() {
    LocalDate today = today();
    if (submissions.closed() || today.isAfter(closesOn)) {
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
    CallSubmissions.requireEligible(eligibility, view, societyId, memberId, field);
  }

  private boolean isEligible(String memberId, Eligibility view) {
    return CallSubmissions.isEligible(eligibility, view, societyId, memberId);
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
    submissions = new CallSubmissions(callId, societyId, event.eligibility(), event.closesOn());
  }
}
