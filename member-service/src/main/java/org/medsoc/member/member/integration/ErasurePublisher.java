package org.medsoc.member.member.integration;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventHandler;
import org.medsoc.kernel.contracts.member.ContactPointChanged;
import org.medsoc.member.member.api.MemberErased;
import org.medsoc.platform.messaging.IntegrationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * Tells every service that a member was erased, so each scrubs its copies, and empties the member's
 * contact point, so notification-service no longer holds where to write to them.
 */
@Component
@ProcessingGroup("integration-publisher")
public class ErasurePublisher {

  private final IntegrationEventPublisher publisher;

  public ErasurePublisher(IntegrationEventPublisher publisher) {
    this.publisher = publisher;
  }

  @EventHandler
  void on(MemberErased e, DomainEventMessage<?> m) {
    publisher.publish(
        m,
        new org.medsoc.kernel.contracts.member.MemberErased(
            e.memberId(), e.legalBasis().name(), e.erasedOn(), m.getSequenceNumber()),
        "erased");
    publisher.publish(
        m,
        new ContactPointChanged(e.memberId(), null, null, null, m.getSequenceNumber()),
        "contact-point");
  }
}
