package org.medsoc.events.conference.integration;

import java.math.BigDecimal;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventHandler;
import org.medsoc.events.conference.api.*;
import org.medsoc.events.conference.command.ConferenceRegistry;
import org.medsoc.kernel.contracts.events.AbstractRecorded;
import org.medsoc.kernel.contracts.events.MentoringPairProposed;
import org.medsoc.kernel.contracts.events.RegistrationRecorded;
import org.medsoc.kernel.contracts.events.RegistrationRecorded.Step;
import org.medsoc.kernel.contracts.events.SpeakerRecorded;
import org.medsoc.kernel.contracts.record.AchievementRecorded;
import org.medsoc.platform.messaging.IntegrationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * Publishes each conference scheduled, every registration step and every abstract submitted and
 * decided, and puts talks given and posters presented on the members' professional records.
 */
@Component
@ProcessingGroup("integration-publisher")
public class ConferencePublisher {

  private final ConferenceRegistry conferences;
  private final IntegrationEventPublisher publisher;

  public ConferencePublisher(ConferenceRegistry conferences, IntegrationEventPublisher publisher) {
    this.conferences = conferences;
    this.publisher = publisher;
  }

  @EventHandler
  void on(ConferenceScheduled e, DomainEventMessage<?> m) {
    publisher.publish(
        m,
        new org.medsoc.kernel.contracts.events.ConferenceScheduled(
            e.conferenceId(), e.societyId(), e.name(), e.startDate(), e.endDate()));
  }

  @EventHandler
  void on(Registered e, DomainEventMessage<?> m) {
    registration(
        m, e.conferenceId(), e.registrationId(), e.memberId(), Step.REGISTERED, e.rate(), e.fee());
  }

  @EventHandler
  void on(Waitlisted e, DomainEventMessage<?> m) {
    registration(
        m, e.conferenceId(), e.registrationId(), e.memberId(), Step.WAITLISTED, e.rate(), e.fee());
  }

  @EventHandler
  void on(RegistrationPromoted e, DomainEventMessage<?> m) {
    registration(m, e.conferenceId(), e.registrationId(), e.memberId(), Step.PROMOTED, null, null);
  }

  @EventHandler
  void on(RegistrationCancelled e, DomainEventMessage<?> m) {
    registration(m, e.conferenceId(), e.registrationId(), e.memberId(), Step.CANCELLED, null, null);
  }

  @EventHandler
  void on(CheckedIn e, DomainEventMessage<?> m) {
    registration(
        m, e.conferenceId(), e.registrationId(), e.memberId(), Step.CHECKED_IN, null, null);
  }

  @EventHandler
  void on(SpeakerInvited e, DomainEventMessage<?> m) {
    speaker(
        m,
        SpeakerRecorded.invited(
            e.invitationId(),
            e.conferenceId(),
            societyOf(e.conferenceId()),
            e.memberId(),
            e.nominationId(),
            e.sessionId()));
  }

  @EventHandler
  void on(InvitationAnswered e, DomainEventMessage<?> m) {
    speaker(
        m,
        SpeakerRecorded.answered(
            e.invitationId(),
            e.accepted(),
            e.conferenceId(),
            societyOf(e.conferenceId()),
            e.memberId(),
            e.reason()));
  }

  @EventHandler
  void on(SpeakerAssigned e, DomainEventMessage<?> m) {
    speaker(
        m,
        SpeakerRecorded.inSession(
            e.invitationId(),
            SpeakerRecorded.Step.ASSIGNED,
            e.conferenceId(),
            societyOf(e.conferenceId()),
            e.memberId(),
            e.sessionId()));
  }

  private void speaker(DomainEventMessage<?> message, SpeakerRecorded step) {
    publisher.publish(message, step, "speaker");
  }

  private String societyOf(String conferenceId) {
    return conferences.societyOf(conferenceId).orElse(null);
  }

  /** The talk on the record, and as the last step of the invitation that led to it. */
  @EventHandler
  void on(TalkGiven e, DomainEventMessage<?> m) {
    if (e.invitationId() != null) {
      speaker(
          m,
          SpeakerRecorded.inSession(
              e.invitationId(),
              SpeakerRecorded.Step.TALK_GIVEN,
              e.conferenceId(),
              societyOf(e.conferenceId()),
              e.memberId(),
              e.sessionId()));
    }
    publisher.publish(
        m,
        new AchievementRecorded(
            "events-service:talk:" + e.sessionId() + ":" + e.memberId(),
            e.memberId(),
            AchievementRecorded.Kind.TALK,
            e.title(),
            e.conferenceName(),
            e.on()));
  }

  @EventHandler
  void on(PosterPresented e, DomainEventMessage<?> m) {
    publisher.publish(
        m,
        new AchievementRecorded(
            "events-service:poster:" + e.abstractId(),
            e.memberId(),
            AchievementRecorded.Kind.POSTER,
            e.title(),
            e.conferenceName(),
            e.on()));
  }

  @EventHandler
  void on(SpeedMentoringPaired e, DomainEventMessage<?> m) {
    String societyId = conferences.societyOf(e.conferenceId()).orElse(null);
    for (MentoringPair pair : e.pairs()) {
      publisher.publish(
          m,
          new MentoringPairProposed(
              pair.pairId(),
              e.conferenceId(),
              societyId,
              pair.traineeId(),
              pair.mentorId(),
              pair.sharedInterests(),
              java.time.LocalDate.ofInstant(e.startsAt(), java.time.ZoneId.of(e.timeZone()))),
          pair.pairId());
    }
  }

  @EventHandler
  void on(AbstractSubmitted e, DomainEventMessage<?> m) {
    abstractStep(
        m,
        e.conferenceId(),
        e.abstractId(),
        e.memberId(),
        e.title(),
        AbstractRecorded.Step.SUBMITTED);
  }

  @EventHandler
  void on(AbstractDecided e, DomainEventMessage<?> m) {
    abstractStep(
        m,
        e.conferenceId(),
        e.abstractId(),
        e.memberId(),
        e.title(),
        e.accepted() ? AbstractRecorded.Step.ACCEPTED : AbstractRecorded.Step.REJECTED);
  }

  private void abstractStep(
      DomainEventMessage<?> message,
      String conferenceId,
      String abstractId,
      String memberId,
      String title,
      AbstractRecorded.Step step) {
    ConferenceRegistry.ConferenceFacts conference = conferences.find(conferenceId).orElseThrow();
    publisher.publish(
        message,
        new AbstractRecorded(
            abstractId,
            step,
            conferenceId,
            conference.societyId(),
            memberId,
            title,
            message.getSequenceNumber()));
  }

  private void registration(
      DomainEventMessage<?> message,
      String conferenceId,
      String registrationId,
      String memberId,
      Step step,
      Rate rate,
      BigDecimal fee) {
    ConferenceRegistry.ConferenceFacts conference = conferences.find(conferenceId).orElseThrow();
    publisher.publish(
        message,
        new RegistrationRecorded(
            registrationId,
            step,
            conferenceId,
            conference.societyId(),
            memberId,
            rate == null ? null : rate.name(),
            fee,
            fee == null ? null : conference.currency(),
            message.getSequenceNumber()));
  }
}
