package org.medsoc.committee.committee.integration;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.DisallowReplay;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventHandler;
import org.medsoc.committee.committee.api.MemberAppointed;
import org.medsoc.kernel.contracts.record.AchievementRecorded;
import org.medsoc.platform.messaging.IntegrationEventPublisher;
import org.springframework.stereotype.Component;

/** Puts every appointment on the member's professional record, through Kafka. */
@Component
@DisallowReplay
@ProcessingGroup("integration-publisher")
public class AppointmentsPublisher {

  private final IntegrationEventPublisher publisher;

  public AppointmentsPublisher(IntegrationEventPublisher publisher) {
    this.publisher = publisher;
  }

  @EventHandler
  void on(MemberAppointed event, DomainEventMessage<?> message) {
    String title =
        event.role().name().replace('_', ' ').toLowerCase() + ", " + event.committeeName();
    publisher.publish(
        message,
        new AchievementRecorded(
            "committee-service:appointment:" + event.appointmentId(),
            event.memberId(),
            AchievementRecorded.Kind.COMMITTEE_APPOINTMENT,
            title,
            event.committeeName(),
            event.termStart()));
  }
}
