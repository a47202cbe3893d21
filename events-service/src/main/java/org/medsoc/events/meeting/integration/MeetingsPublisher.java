package org.medsoc.events.meeting.integration;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.DisallowReplay;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventHandler;
import org.medsoc.events.conference.command.ConferenceRegistry;
import org.medsoc.events.meeting.api.MeetingHeld;
import org.medsoc.platform.messaging.IntegrationEventPublisher;
import org.springframework.stereotype.Component;

/** Publishes meetings held; the purpose stays in events-service. */
@Component
@DisallowReplay
@ProcessingGroup("integration-publisher")
public class MeetingsPublisher {

  private final ConferenceRegistry conferences;
  private final IntegrationEventPublisher publisher;

  public MeetingsPublisher(ConferenceRegistry conferences, IntegrationEventPublisher publisher) {
    this.conferences = conferences;
    this.publisher = publisher;
  }

  @EventHandler
  void on(MeetingHeld e, DomainEventMessage<?> m) {
    publisher.publish(
        m,
        new org.medsoc.kernel.contracts.events.MeetingHeld(
            e.meetingId(),
            e.conferenceId(),
            conferences.societyOf(e.conferenceId()).orElse(null),
            e.requesterId(),
            e.inviteeId(),
            e.heldOn()));
  }
}
