package org.medsoc.member.sponsorship.integration;

import static org.medsoc.kernel.contracts.member.SponsorshipActionRecorded.Action.*;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.DisallowReplay;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventHandler;
import org.medsoc.kernel.contracts.member.SponsorshipActionRecorded;
import org.medsoc.member.sponsorship.api.*;
import org.medsoc.platform.messaging.IntegrationEventPublisher;
import org.springframework.stereotype.Component;

/** Publishes every sponsorship action to Kafka; letter content stays in member-service. */
@Component
@DisallowReplay
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
        new SponsorshipActionRecorded(
            e.sponsorshipId(),
            DECLARED,
            e.sponsorId(),
            e.protegeId(),
            null,
            null,
            null,
            null,
            null,
            null,
            m.getSequenceNumber()));
  }

  @EventHandler
  void on(MentorBecameSponsor e, DomainEventMessage<?> m) {
    publish(
        m,
        new SponsorshipActionRecorded(
            e.sponsorshipId(),
            MENTOR_BECAME_SPONSOR,
            e.sponsorId(),
            e.protegeId(),
            null,
            e.mentorshipId(),
            null,
            null,
            null,
            null,
            m.getSequenceNumber()));
  }

  @EventHandler
  void on(ProtegeRecommended e, DomainEventMessage<?> m) {
    publish(
        m,
        new SponsorshipActionRecorded(
            e.sponsorshipId(),
            RECOMMENDED,
            e.sponsorId(),
            e.protegeId(),
            e.actionId(),
            null,
            e.roleKind().name(),
            e.target(),
            null,
            null,
            m.getSequenceNumber()));
  }

  @EventHandler
  void on(ProtegeNominated e, DomainEventMessage<?> m) {
    publish(
        m,
        new SponsorshipActionRecorded(
            e.sponsorshipId(),
            NOMINATED,
            e.sponsorId(),
            e.protegeId(),
            e.nominationId(),
            null,
            e.roleKind().name(),
            e.target(),
            null,
            null,
            m.getSequenceNumber()));
  }

  @EventHandler
  void on(LetterRequested e, DomainEventMessage<?> m) {
    publish(
        m,
        new SponsorshipActionRecorded(
            e.sponsorshipId(),
            LETTER_REQUESTED,
            e.sponsorId(),
            e.protegeId(),
            e.letterId(),
            null,
            null,
            e.purpose(),
            e.deadline(),
            null,
            m.getSequenceNumber()));
  }

  @EventHandler
  void on(LetterSubmitted e, DomainEventMessage<?> m) {
    publish(
        m,
        new SponsorshipActionRecorded(
            e.sponsorshipId(),
            LETTER_SUBMITTED,
            e.sponsorId(),
            e.protegeId(),
            e.letterId(),
            null,
            null,
            null,
            null,
            null,
            m.getSequenceNumber()));
  }

  @EventHandler
  void on(LetterDeclined e, DomainEventMessage<?> m) {
    publish(
        m,
        new SponsorshipActionRecorded(
            e.sponsorshipId(),
            LETTER_DECLINED,
            e.sponsorId(),
            e.protegeId(),
            e.letterId(),
            null,
            null,
            null,
            null,
            null,
            m.getSequenceNumber()));
  }

  @EventHandler
  void on(SponsorshipOutcomeRecorded e, DomainEventMessage<?> m) {
    publish(
        m,
        new SponsorshipActionRecorded(
            e.sponsorshipId(),
            OUTCOME_RECORDED,
            e.sponsorId(),
            e.protegeId(),
            e.actionId(),
            null,
            null,
            null,
            null,
            e.outcome().name(),
            m.getSequenceNumber()));
  }

  private void publish(DomainEventMessage<?> message, SponsorshipActionRecorded action) {
    publisher.publish(message, action);
  }
}
