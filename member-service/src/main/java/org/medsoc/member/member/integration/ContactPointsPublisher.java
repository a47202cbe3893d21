package org.medsoc.member.member.integration;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventHandler;
import org.medsoc.kernel.contracts.member.ContactPointChanged;
import org.medsoc.member.member.api.MemberProfile;
import org.medsoc.member.member.api.MemberProfileUpdated;
import org.medsoc.member.member.api.MemberRegistered;
import org.medsoc.platform.messaging.IntegrationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * Tells notification-service where to write to each member and by what name: the address and the
 * name only, nothing else of the profile. Runs with the other publishers over the event store.
 */
@Component
@ProcessingGroup("integration-publisher")
public class ContactPointsPublisher {

  private final IntegrationEventPublisher publisher;
  private final PublishedMemberships members;

  public ContactPointsPublisher(IntegrationEventPublisher publisher, PublishedMemberships members) {
    this.publisher = publisher;
    this.members = members;
  }

  @EventHandler
  void on(MemberRegistered event, DomainEventMessage<?> message) {
    publish(message, event.memberId(), event.accountSubject(), event.profile());
  }

  @EventHandler
  void on(MemberProfileUpdated event, DomainEventMessage<?> message) {
    publish(
        message,
        event.memberId(),
        members.member(event.memberId()).accountSubject(),
        event.profile());
  }

  private void publish(
      DomainEventMessage<?> message,
      String memberId,
      String accountSubject,
      MemberProfile profile) {
    publisher.publish(
        message,
        new ContactPointChanged(
            memberId,
            accountSubject,
            profile.email(),
            profile.givenName() + " " + profile.familyName(),
            message.getSequenceNumber()));
  }
}
