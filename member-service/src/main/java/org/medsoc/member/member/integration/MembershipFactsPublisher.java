package org.medsoc.member.member.integration;

import static org.medsoc.kernel.contracts.member.MembershipChanged.Change.*;

import java.util.Set;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.medsoc.kernel.contracts.member.MembershipChanged;
import org.medsoc.kernel.member.MembershipStatus;
import org.medsoc.member.member.api.*;
import org.medsoc.platform.messaging.IntegrationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * Tells other services, through Kafka, every change of a membership that bears on eligibility. Runs
 * in its own tracking processor over the event store, which makes the store the outbox.
 */
@Component
@ProcessingGroup("integration-publisher")
public class MembershipFactsPublisher {

  private final PublishedMemberships memberships;
  private final IntegrationEventPublisher publisher;

  public MembershipFactsPublisher(
      PublishedMemberships memberships, IntegrationEventPublisher publisher) {
    this.memberships = memberships;
    this.publisher = publisher;
  }

  /** A republication starts from the first event, with nothing published yet. */
  @ResetHandler
  void republishFromTheStart() {
    memberships.clear();
  }

  @EventHandler
  void on(MemberRegistered event) {
    memberships.saveMember(
        event.memberId(),
        event.trainingLevel(),
        event.accountSubject(),
        event.profile().institution());
  }

  /** Not itself a membership fact: the next fact carries the new institution. */
  @EventHandler
  void on(MemberProfileUpdated event) {
    memberships.saveInstitution(event.memberId(), event.profile().institution());
  }

  /** The facts published after an erasure name neither the institution nor the login. */
  @EventHandler
  void on(MemberErased event) {
    memberships.forget(event.memberId());
  }

  @EventHandler
  void on(TrainingLevelChanged event, DomainEventMessage<?> message) {
    memberships.saveTrainingLevel(event.memberId(), event.to());
    for (PublishedMembership membership : memberships.ofMember(event.memberId())) {
      publish(message, TRAINING_LEVEL_CHANGED, membership);
    }
  }

  @EventHandler
  void on(MembershipApplied event, DomainEventMessage<?> message) {
    save(
        message,
        APPLIED,
        PublishedMembership.applied(event.memberId(), event.societyId(), event.category()));
  }

  @EventHandler
  void on(MembershipImported event, DomainEventMessage<?> message) {
    save(
        message,
        IMPORTED,
        new PublishedMembership(
            event.memberId(),
            event.societyId(),
            event.status(),
            event.category(),
            event.paidThrough(),
            Set.copyOf(event.sectionIds())));
  }

  @EventHandler
  void on(MembershipApproved event, DomainEventMessage<?> message) {
    save(
        message,
        APPROVED,
        current(event.memberId(), event.societyId()).active(event.paidThrough()));
  }

  @EventHandler
  void on(MembershipRejected event, DomainEventMessage<?> message) {
    save(
        message,
        REJECTED,
        current(event.memberId(), event.societyId()).withStatus(MembershipStatus.REJECTED));
  }

  @EventHandler
  void on(MembershipRenewed event, DomainEventMessage<?> message) {
    save(
        message, RENEWED, current(event.memberId(), event.societyId()).active(event.paidThrough()));
  }

  @EventHandler
  void on(MembershipLapsed event, DomainEventMessage<?> message) {
    save(
        message,
        LAPSED,
        current(event.memberId(), event.societyId()).withStatus(MembershipStatus.LAPSED));
  }

  @EventHandler
  void on(MembershipReinstated event, DomainEventMessage<?> message) {
    save(
        message,
        REINSTATED,
        current(event.memberId(), event.societyId()).active(event.paidThrough()));
  }

  @EventHandler
  void on(MembershipResigned event, DomainEventMessage<?> message) {
    save(
        message,
        RESIGNED,
        current(event.memberId(), event.societyId()).withStatus(MembershipStatus.RESIGNED));
  }

  @EventHandler
  void on(MembershipCategoryChanged event, DomainEventMessage<?> message) {
    save(
        message,
        CATEGORY_CHANGED,
        current(event.memberId(), event.societyId()).withCategory(event.to()));
  }

  @EventHandler
  void on(SectionJoined event, DomainEventMessage<?> message) {
    save(
        message,
        SECTION_JOINED,
        current(event.memberId(), event.societyId()).withSection(event.sectionId(), true));
  }

  @EventHandler
  void on(SectionLeft event, DomainEventMessage<?> message) {
    save(
        message,
        SECTION_LEFT,
        current(event.memberId(), event.societyId()).withSection(event.sectionId(), false));
  }

  private PublishedMembership current(String memberId, String societyId) {
    return memberships.get(memberId, societyId);
  }

  private void save(
      DomainEventMessage<?> message, MembershipChanged.Change change, PublishedMembership state) {
    memberships.save(state);
    publish(message, change, state);
  }

  private void publish(
      DomainEventMessage<?> message, MembershipChanged.Change change, PublishedMembership state) {
    PublishedMemberships.Member member = memberships.member(state.memberId());
    MembershipChanged fact =
        new MembershipChanged(
            state.memberId(),
            state.societyId(),
            change,
            state.status(),
            state.category(),
            member.trainingLevel(),
            state.paidThrough(),
            state.sectionIds(),
            message.getSequenceNumber(),
            member.accountSubject(),
            member.institution());
    publisher.publish(message, fact, state.societyId());
  }
}
