package org.medsoc.member.introduction.integration;

import static org.medsoc.kernel.contracts.member.IntroductionRecorded.Step.*;

import java.time.LocalDate;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventHandler;
import org.medsoc.kernel.contracts.member.IntroductionRecorded;
import org.medsoc.member.introduction.api.*;
import org.medsoc.platform.messaging.IntegrationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** Publishes every step of every introduction, with its parties, from the event store to Kafka. */
@Component
@ProcessingGroup("integration-publisher")
public class IntroductionStepsPublisher {

  private record Parties(String introducer, String first, String second, String sponsorship) {}

  private final JdbcTemplate jdbc;
  private final IntegrationEventPublisher publisher;

  public IntroductionStepsPublisher(JdbcTemplate jdbc, IntegrationEventPublisher publisher) {
    this.jdbc = jdbc;
    this.publisher = publisher;
  }

  @EventHandler
  void on(IntroductionProposed event, DomainEventMessage<?> message) {
    jdbc.update(
        """
        INSERT INTO published_introduction (introduction_id, introducer_id, first_member_id,
            second_member_id, sponsorship_id) VALUES (?, ?, ?, ?, ?)
        ON CONFLICT (introduction_id) DO NOTHING
        """,
        event.introductionId(),
        event.introducerId(),
        event.firstMemberId(),
        event.secondMemberId(),
        event.sponsorshipId());
    publish(
        message,
        event.introductionId(),
        PROPOSED,
        event.introducerId(),
        event.reason(),
        event.context(),
        null,
        event.expiresAt());
  }

  @EventHandler
  void on(IntroductionAccepted event, DomainEventMessage<?> message) {
    publish(message, event.introductionId(), ACCEPTED, event.memberId(), null, null, null);
  }

  @EventHandler
  void on(IntroductionDeclined event, DomainEventMessage<?> message) {
    publish(
        message, event.introductionId(), DECLINED, event.memberId(), event.reason(), null, null);
  }

  @EventHandler
  void on(IntroductionConnected event, DomainEventMessage<?> message) {
    publish(message, event.introductionId(), CONNECTED, null, null, null, null);
  }

  @EventHandler
  void on(IntroductionExpired event, DomainEventMessage<?> message) {
    publish(message, event.introductionId(), EXPIRED, null, null, null, null);
  }

  @EventHandler
  void on(IntroductionMeetingHeld event, DomainEventMessage<?> message) {
    publish(
        message,
        event.introductionId(),
        MEETING_HELD,
        member(event.recordedBy()),
        null,
        null,
        event.heldOn());
  }

  @EventHandler
  void on(IntroductionFollowedUp event, DomainEventMessage<?> message) {
    publish(
        message, event.introductionId(), FOLLOWED_UP, member(event.recordedBy()), null, null, null);
  }

  private void publish(
      DomainEventMessage<?> message,
      String introductionId,
      IntroductionRecorded.Step step,
      String actingMemberId,
      String reason,
      String context,
      LocalDate heldOn) {
    publish(message, introductionId, step, actingMemberId, reason, context, heldOn, null);
  }

  private void publish(
      DomainEventMessage<?> message,
      String introductionId,
      IntroductionRecorded.Step step,
      String actingMemberId,
      String reason,
      String context,
      LocalDate heldOn,
      java.time.Instant expiresAt) {
    Parties parties =
        jdbc.queryForObject(
            "SELECT * FROM published_introduction WHERE introduction_id = ?",
            (rs, i) ->
                new Parties(
                    rs.getString("introducer_id"),
                    rs.getString("first_member_id"),
                    rs.getString("second_member_id"),
                    rs.getString("sponsorship_id")),
            introductionId);
    publisher.publish(
        message,
        new IntroductionRecorded(
            introductionId,
            step,
            parties.introducer(),
            parties.first(),
            parties.second(),
            parties.sponsorship(),
            actingMemberId,
            reason,
            context,
            heldOn,
            message.getSequenceNumber(),
            expiresAt));
  }

  private static String member(String recordedBy) {
    return "staff".equals(recordedBy) ? null : recordedBy;
  }
}
