package org.medsoc.committee.call.integration;

import java.time.LocalDate;
import java.time.ZoneOffset;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventHandler;
import org.medsoc.committee.call.api.*;
import org.medsoc.committee.call.command.CallRegistry;
import org.medsoc.committee.call.command.CallRegistry.CallFacts;
import org.medsoc.committee.call.command.CallRegistry.SubmissionFacts;
import org.medsoc.committee.committee.command.CommitteeRegistry.CommitteeFacts;
import org.medsoc.committee.committee.command.Committees;
import org.medsoc.kernel.contracts.committee.NominationRecorded;
import org.medsoc.kernel.contracts.committee.NominationRecorded.Purpose;
import org.medsoc.kernel.contracts.committee.NominationRecorded.Step;
import org.medsoc.kernel.contracts.record.AchievementRecorded;
import org.medsoc.platform.messaging.IntegrationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * Publishes every step of every nomination (never the supporting statement), and puts an award
 * received on the member's professional record. Applications stay inside committee-service: only
 * the appointment they lead to is published.
 */
@Component
@ProcessingGroup("integration-publisher")
public class NominationsPublisher {

  private final CallRegistry calls;
  private final Committees committees;
  private final IntegrationEventPublisher publisher;

  public NominationsPublisher(
      CallRegistry calls, Committees committees, IntegrationEventPublisher publisher) {
    this.calls = calls;
    this.committees = committees;
    this.publisher = publisher;
  }

  @EventHandler
  void on(MemberNominated e, DomainEventMessage<?> m) {
    publish(m, e.nominationId(), Step.SUBMITTED, null, null);
  }

  @EventHandler
  void on(NominationCarriedOver e, DomainEventMessage<?> m) {
    publish(m, e.nominationId(), Step.CARRIED_OVER, null, e.fromNominationId());
  }

  @EventHandler
  void on(NominationAccepted e, DomainEventMessage<?> m) {
    publish(m, e.nominationId(), Step.ACCEPTED_BY_NOMINEE, null, null);
  }

  @EventHandler
  void on(NominationDeclined e, DomainEventMessage<?> m) {
    publish(m, e.nominationId(), Step.DECLINED_BY_NOMINEE, e.reason(), null);
  }

  @EventHandler
  void on(SubmissionWithdrawn e, DomainEventMessage<?> m) {
    publish(m, e.submissionId(), Step.WITHDRAWN, e.reason(), null);
  }

  @EventHandler
  void on(Shortlisted e, DomainEventMessage<?> m) {
    publish(m, e.submissionId(), Step.SHORTLISTED, null, null);
  }

  @EventHandler
  void on(SubmissionDecided e, DomainEventMessage<?> m) {
    boolean selected = e.outcome() == Outcome.SELECTED;
    publish(m, e.submissionId(), selected ? Step.SELECTED : Step.NOT_SELECTED, e.reason(), null);
    CallFacts call = calls.call(e.callId()).orElseThrow();
    if (selected && call.purpose() == CallPurpose.AWARD) {
      publisher.publish(
          m,
          new AchievementRecorded(
              "committee-service:award:" + e.submissionId(),
              e.candidateId(),
              AchievementRecorded.Kind.AWARD,
              call.title(),
              committees.find(call.committeeId()).map(CommitteeFacts::name).orElse(call.title()),
              day(m)),
          "award");
    }
  }

  private void publish(
      DomainEventMessage<?> message,
      String submissionId,
      Step step,
      String reason,
      String carriedFrom) {
    SubmissionFacts submission = calls.submission(submissionId).orElseThrow();
    if (!submission.isNomination()) {
      return;
    }
    CallFacts call = calls.call(submission.callId()).orElseThrow();
    publisher.publish(
        message,
        new NominationRecorded(
            submissionId,
            step,
            call.callId(),
            call.committeeId(),
            call.societyId(),
            Purpose.valueOf(call.purpose().name()),
            call.title(),
            submission.role() == null ? null : submission.role().name(),
            submission.nominatorId(),
            submission.candidateId(),
            submission.sponsorshipId(),
            call.conferenceId(),
            reason,
            carriedFrom,
            day(message),
            message.getSequenceNumber()));
  }

  private static LocalDate day(DomainEventMessage<?> message) {
    return LocalDate.ofInstant(message.getTimestamp(), ZoneOffset.UTC);
  }
}
