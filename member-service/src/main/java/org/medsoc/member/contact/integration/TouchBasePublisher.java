package org.medsoc.member.contact.integration;

import java.time.LocalDate;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventHandler;
import org.medsoc.kernel.contracts.member.TouchBaseScheduled;
import org.medsoc.member.contact.api.ContactLogged;
import org.medsoc.member.contact.api.ContactTouched;
import org.medsoc.member.contact.command.Contact;
import org.medsoc.platform.messaging.IntegrationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * Tells notification-service when the member's next touch-base with a key mentor or sponsor falls
 * due, and that none does once the member sets another step. The log is the member's notebook: no
 * name, role or note leaves the service.
 */
@Component
@ProcessingGroup("integration-publisher")
public class TouchBasePublisher {

  private final IntegrationEventPublisher publisher;

  public TouchBasePublisher(IntegrationEventPublisher publisher) {
    this.publisher = publisher;
  }

  @EventHandler
  void on(ContactLogged e, DomainEventMessage<?> m) {
    if (e.touchBaseMonths() == null) {
      return;
    }
    publish(m, e.contactId(), e.ownerId(), e.lastContactOn(), e.nextStep(), e.nextStepDue());
  }

  @EventHandler
  void on(ContactTouched e, DomainEventMessage<?> m) {
    publish(m, e.contactId(), e.ownerId(), e.contactedOn(), e.nextStep(), e.nextStepDue());
  }

  private void publish(
      DomainEventMessage<?> message,
      String contactId,
      String ownerId,
      LocalDate lastContactOn,
      String nextStep,
      LocalDate nextStepDue) {
    publisher.publish(
        message,
        new TouchBaseScheduled(
            contactId,
            ownerId,
            lastContactOn,
            Contact.TOUCH_BASE.equals(nextStep) ? nextStepDue : null,
            message.getSequenceNumber()));
  }
}
