package org.medsoc.member.mentorship.integration;

import static org.medsoc.kernel.contracts.member.MentorshipStepRecorded.Step.*;

import java.time.LocalDate;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventHandler;
import org.medsoc.kernel.contracts.member.MentorshipStepRecorded;
import org.medsoc.member.acting.Parties;
import org.medsoc.member.mentorship.api.*;
import org.medsoc.platform.messaging.IntegrationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * Publishes every step of every mentorship, with its two parties, from the event store to Kafka for
 * the audit. The parties come from the party table, written with the mentorship's first event.
 */
@Component
@ProcessingGroup("integration-publisher")
public class MentorshipStepsPublisher {

  private final Parties parties;
  private final IntegrationEventPublisher publisher;

  public MentorshipStepsPublisher(Parties parties, IntegrationEventPublisher publisher) {
    this.parties = parties;
    this.publisher = publisher;
  }

  @EventHandler
  void on(MentorshipRequested event, DomainEventMessage<?> message) {
    publisher.publish(
        message,
        new MentorshipStepRecorded(
            event.mentorshipId(),
            REQUESTED,
            event.menteeId(),
            event.mentorId(),
            event.type().name(),
            event.menteeId(),
            null,
            message.getSequenceNumber()));
  }

  @EventHandler
  void on(MentorshipAccepted event, DomainEventMessage<?> message) {
    publish(message, event.mentorshipId(), ACCEPTED, event.mentorId(), null);
  }

  @EventHandler
  void on(MentorshipDeclined event, DomainEventMessage<?> message) {
    publish(message, event.mentorshipId(), DECLINED, event.mentorId(), null);
  }

  @EventHandler
  void on(CheckInRecorded event, DomainEventMessage<?> message) {
    publish(message, event.mentorshipId(), CHECKED_IN, event.recordedBy(), event.heldOn());
  }

  @EventHandler
  void on(MentorshipEnded event, DomainEventMessage<?> message) {
    publish(message, event.mentorshipId(), ENDED, event.endedBy(), null);
  }

  private void publish(
      DomainEventMessage<?> message,
      String mentorshipId,
      MentorshipStepRecorded.Step step,
      String actingMemberId,
      LocalDate heldOn) {
    publisher.publish(
        message,
        new MentorshipStepRecorded(
            mentorshipId,
            step,
            parties.playing(mentorshipId, Parties.Role.MENTEE).orElseThrow(),
            parties.playing(mentorshipId, Parties.Role.MENTOR).orElseThrow(),
            null,
            actingMemberId,
            heldOn,
            message.getSequenceNumber()));
  }
}
