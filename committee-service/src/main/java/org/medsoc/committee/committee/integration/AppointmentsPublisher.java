package org.medsoc.committee.committee.integration;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventHandler;
import org.medsoc.committee.committee.api.AppointmentEnded;
import org.medsoc.committee.committee.api.AppointmentFlagged;
import org.medsoc.committee.committee.api.AppointmentRenewed;
import org.medsoc.committee.committee.api.AppointmentTermEnded;
import org.medsoc.committee.committee.api.MemberAppointed;
import org.medsoc.kernel.contracts.committee.AppointmentRecorded;
import org.medsoc.kernel.contracts.committee.AppointmentRecorded.Step;
import org.medsoc.kernel.contracts.record.AchievementRecorded;
import org.medsoc.platform.messaging.IntegrationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * Publishes every step of every appointment, and puts every appointment on the member's
 * professional record, through Kafka.
 */
@Component
@ProcessingGroup("integration-publisher")
public class AppointmentsPublisher {

  private final IntegrationEventPublisher publisher;

  public AppointmentsPublisher(IntegrationEventPublisher publisher) {
    this.publisher = publisher;
  }

  @EventHandler
  void on(AppointmentRenewed e, DomainEventMessage<?> m) {
    publisher.publish(
        m,
        AppointmentRecorded.term(
            e.committeeId(),
            e.appointmentId(),
            Step.RENEWED,
            e.memberId(),
            e.termEnd(),
            m.getSequenceNumber()));
  }

  @EventHandler
  void on(AppointmentEnded e, DomainEventMessage<?> m) {
    publisher.publish(
        m,
        AppointmentRecorded.ended(
            e.committeeId(),
            e.appointmentId(),
            e.memberId(),
            e.endedOn(),
            e.reason(),
            m.getSequenceNumber()));
  }

  @EventHandler
  void on(AppointmentTermEnded e, DomainEventMessage<?> m) {
    publisher.publish(
        m,
        AppointmentRecorded.term(
            e.committeeId(),
            e.appointmentId(),
            Step.TERM_ENDED,
            e.memberId(),
            e.termEnd(),
            m.getSequenceNumber()));
  }

  @EventHandler
  void on(AppointmentFlagged e, DomainEventMessage<?> m) {
    publisher.publish(
        m,
        AppointmentRecorded.flagged(
            e.committeeId(), e.appointmentId(), e.memberId(), e.reason(), m.getSequenceNumber()));
  }

  @EventHandler
  void on(MemberAppointed event, DomainEventMessage<?> message) {
    publisher.publish(
        message,
        AppointmentRecorded.appointed(
            event.committeeId(),
            event.appointmentId(),
            event.committeeName(),
            event.societyId(),
            event.memberId(),
            event.role().name(),
            event.termStart(),
            event.termEnd(),
            event.submissionId(),
            message.getSequenceNumber()),
        "appointment");
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
