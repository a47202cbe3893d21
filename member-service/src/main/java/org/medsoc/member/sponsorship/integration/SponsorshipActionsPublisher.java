package org.medsoc.member.sponsorship.integration;

import static org.medsoc.kernel.contracts.member.SponsorshipActionRecorded.Action.*;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventHandler;
import org.medsoc.kernel.contracts.member.SponsorshipActionRecorded;
import org.medsoc.member.sponsorship.api.*;
import org.medsoc.platform.messaging.IntegrationEventPublisher;
import org.springframework.stereotype.Component;

/** Publishes every sponsorship action to Kafka; letter content stays in member-service. */
@Component
@ProcessingGroup("integration-publisher")
public class SponsorshipActionsPublisher {

  private final IntegrationEventPublisher publisher;

  public SponsorshipActionsPublisher(IntegrationEventPublisher publisher) {
    this.publisher = publisher;
  }

  @EventHandler
  void on(SponsorshipDeclared e, DomainEventMessage<?> m) {
    publish(
        m,
        SponsorshipActionRecorded.declared(
            e.sponsorshipId(), e.sponsorId(), e.protegeId(), m.getSequenceNumber()));
  }

  @EventHandler
  void on(MentorBecameSponsor e, DomainEventMessage<?> m) {
    publish(
        m,
        SponsorshipActionRecorded.mentorBecameSponsor(
            e.sponsorshipId(),
            e.sponsorId(),
            e.protegeId(),
            e.mentorshipId(),
            m.getSequenceNumber()));
  }

  @EventHandler
  void on(ProtegeRecommended e, DomainEventMessage<?> m) {
    publish(
        m,
        SponsorshipActionRecorded.putForward(
            e.sponsorshipId(),
            RECOMMENDED,
            e.sponsorId(),
            e.protegeId(),
            e.actionId(),
            e.roleKind().name(),
            e.target(),
            m.getSequenceNumber()));
  }

  @EventHandler
  void on(ProtegeNominated e, DomainEventMessage<?> m) {
    publish(
        m,
        SponsorshipActionRecorded.putForward(
            e.sponsorshipId(),
            NOMINATED,
            e.sponsorId(),
            e.protegeId(),
            e.nominationId(),
            e.roleKind().name(),
            e.target(),
            m.getSequenceNumber()));
  }

  @EventHandler
  void on(LetterRequested e, DomainEventMessage<?> m) {
    publish(
        m,
        SponsorshipActionRecorded.letterRequested(
            e.sponsorshipId(),
            e.sponsorId(),
            e.protegeId(),
            e.letterId(),
            e.purpose(),
            e.deadline(),
            m.getSequenceNumber()));
  }

  @EventHandler
  void on(LetterSubmitted e, DomainEventMessage<?> m) {
    publish(
        m,
        SponsorshipActionRecorded.action(
            e.sponsorshipId(),
            LETTER_SUBMITTED,
            e.sponsorId(),
            e.protegeId(),
            e.letterId(),
            m.getSequenceNumber()));
  }

  @EventHandler
  void on(LetterDeclined e, DomainEventMessage<?> m) {
    publish(
        m,
        SponsorshipActionRecorded.action(
            e.sponsorshipId(),
            LETTER_DECLINED,
            e.sponsorId(),
            e.protegeId(),
            e.letterId(),
            m.getSequenceNumber()));
  }

  @EventHandler
  void on(SponsorshipOutcomeRecorded e, DomainEventMessage<?> m) {
    publish(
        m,
        SponsorshipActionRecorded.outcome(
            e.sponsorshipId(),
            e.sponsorId(),
            e.protegeId(),
            e.actionId(),
            e.outcome().name(),
            m.getSequenceNumber()));
  }

  private void publish(DomainEventMessage<?> message, SponsorshipActionRecorded action) {
    publisher.publish(message, action);
  }
}
