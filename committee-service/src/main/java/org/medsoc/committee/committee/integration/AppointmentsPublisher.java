package org.medsoc.committee.committee.integration;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.DisallowReplay;
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
@DisallowReplay
@ProcessingGroup("integration-publisher")
public class AppointmentsPublisher {

  private final IntegrationEventPublisher publisher;

  public AppointmentsPublisher(IntegrationEventPublisher publisher) {
    this.publisher = publisher;
  }

  @EventHandler
  void on(AppointmentRenewed e, DomainEventMessage<?> m) {
    step(
        m, e.committeeId(), e.appointmentId(), Step.RENEWED, e.memberId(), e.termEnd(), null, null);
  }

  @EventHandler
  void on(AppointmentEnded e, DomainEventMessage<?> m) {
    step(
        m,
        e.committeeId(),
        e.appointmentId(),
        Step.ENDED,
        e.memberId(),
        null,
        e.endedOn(),
        e.reason());
  }

  @EventHandler
  void on(AppointmentTermEnded e, DomainEventMessage<?> m) {
    step(
        m,
        e.committeeId(),
        e.appointmentId(),
        Step.TERM_ENDED,
        e.memberId(),
        e.termEnd(),
        null,
        null);
  }

  @EventHandler
  void on(AppointmentFlagged e, DomainEventMessage<?> m) {
    step(m, e.committeeId(), e.appointmentId(), Step.FLAGGED, e.memberId(), null, null, e.reason());
  }

  private void step(
      DomainEventMessage<?> message,
      String committeeId,
      String appointmentId,
      Step step,
      String memberId,
      java.time.LocalDate termEnd,
      java.time.LocalDate endedOn,
      String reason) {
    publisher.publish(
        message,
        new AppointmentRecorded(
            committeeId,
            appointmentId,
            step,
            null,
            null,
            memberId,
            null,
            null,
            termEnd,
            endedOn,
            null,
            reason,
            message.getSequenceNumber()));
  }

  @EventHandler
  void on(MemberAppointed event, DomainEventMessage<?> message) {
    publisher.publish(
        message,
        new AppointmentRecorded(
            event.committeeId(),
            event.appointmentId(),
            Step.APPOINTED,
            event.committeeName(),
            event.societyId(),
            event.memberId(),
            event.role().name(),
            event.termStart(),
            event.termEnd(),
            null,
            event.submissionId(),
            null,
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
