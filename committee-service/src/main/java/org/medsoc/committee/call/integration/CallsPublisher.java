package org.medsoc.committee.call.integration;

import java.util.Set;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventHandler;
import org.medsoc.committee.call.api.ApplicationEndorsed;
import org.medsoc.committee.call.api.CallClosed;
import org.medsoc.committee.call.api.CallOpened;
import org.medsoc.committee.call.api.EndorsementRequested;
import org.medsoc.committee.call.api.EndorserRelation;
import org.medsoc.committee.call.command.CallRegistry;
import org.medsoc.committee.call.command.CallRegistry.CallFacts;
import org.medsoc.kernel.contracts.committee.CallRecorded;
import org.medsoc.kernel.contracts.committee.EndorsementRecorded;
import org.medsoc.platform.messaging.IntegrationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * Publishes each call opened and closed with whom it is open to, and each endorsement asked and
 * given: who may answer a call, and who is asked to endorse, hear of it. Never a statement of
 * interest nor an endorsement's words.
 */
@Component
@ProcessingGroup("integration-publisher")
public class CallsPublisher {

  private final CallRegistry calls;
  private final IntegrationEventPublisher publisher;

  public CallsPublisher(CallRegistry calls, IntegrationEventPublisher publisher) {
    this.calls = calls;
    this.publisher = publisher;
  }

  @EventHandler
  void on(CallOpened e, DomainEventMessage<?> m) {
    publisher.publish(
        m,
        new CallRecorded(
            e.callId(),
            CallRecorded.Step.OPENED,
            e.committeeId(),
            e.societyId(),
            e.purpose().name(),
            e.title(),
            e.eligibility().categories(),
            e.eligibility().trainingLevels(),
            e.eligibility().sectionId(),
            e.opensOn(),
            e.closesOn(),
            m.getSequenceNumber()));
  }

  @EventHandler
  void on(CallClosed e, DomainEventMessage<?> m) {
    CallFacts call = calls.call(e.callId()).orElseThrow();
    publisher.publish(
        m,
        new CallRecorded(
            e.callId(),
            CallRecorded.Step.CLOSED,
            call.committeeId(),
            call.societyId(),
            call.purpose().name(),
            call.title(),
            Set.of(),
            Set.of(),
            null,
            null,
            e.closedOn(),
            m.getSequenceNumber()));
  }

  @EventHandler
  void on(EndorsementRequested e, DomainEventMessage<?> m) {
    endorsement(
        m,
        EndorsementRecorded.Step.REQUESTED,
        e.callId(),
        e.applicationId(),
        e.applicantId(),
        e.endorserId(),
        e.relation());
  }

  @EventHandler
  void on(ApplicationEndorsed e, DomainEventMessage<?> m) {
    endorsement(
        m,
        EndorsementRecorded.Step.GIVEN,
        e.callId(),
        e.applicationId(),
        e.applicantId(),
        e.endorserId(),
        e.relation());
  }

  private void endorsement(
      DomainEventMessage<?> message,
      EndorsementRecorded.Step step,
      String callId,
      String applicationId,
      String applicantId,
      String endorserId,
      EndorserRelation relation) {
    CallFacts call = calls.call(callId).orElseThrow();
    publisher.publish(
        message,
        new EndorsementRecorded(
            applicationId,
            step,
            callId,
            call.societyId(),
            call.title(),
            applicantId,
            endorserId,
            relation == null ? null : relation.name(),
            message.getSequenceNumber()));
  }
}
