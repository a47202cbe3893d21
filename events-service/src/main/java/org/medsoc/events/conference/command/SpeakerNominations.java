package org.medsoc.events.conference.command;

import java.util.Optional;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.medsoc.events.conference.api.InviteSpeaker;
import org.medsoc.kernel.contracts.committee.NominationRecorded;
import org.medsoc.kernel.contracts.committee.NominationRecorded.Purpose;
import org.medsoc.kernel.contracts.committee.NominationRecorded.Step;
import org.medsoc.kernel.error.DomainException;
import org.medsoc.kernel.messaging.EventEnvelope;
import org.medsoc.kernel.messaging.IntegrationEventCodec;
import org.medsoc.kernel.messaging.Topics;
import org.medsoc.platform.messaging.Inbox;
import org.medsoc.platform.messaging.IntegrationEventRouter;
import org.medsoc.platform.messaging.OnBehalfOf;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/**
 * A talk or panel nomination selected in committee-service becomes a speaker invitation to the
 * conference it names; events-service acts on behalf of whoever decided in committee-service.
 */
@Component
class SpeakerNominations {

  private static final Logger log = LoggerFactory.getLogger(SpeakerNominations.class);

  private final CommandGateway commands;
  private final ConferenceRegistry conferences;
  private final String service;
  private final IntegrationEventRouter router;

  SpeakerNominations(
      CommandGateway commands,
      ConferenceRegistry conferences,
      IntegrationEventCodec codec,
      Inbox inbox,
      @Value("${spring.application.name}") String service) {
    this.commands = commands;
    this.conferences = conferences;
    this.service = service;
    this.router =
        new IntegrationEventRouter("speaker-nominations", codec, inbox)
            .on(NominationRecorded.class, this::on);
  }

  @KafkaListener(
      id = "${platform.kafka.consumer-group-prefix}.speaker-nominations",
      topics = Topics.NOMINATIONS)
  void on(ConsumerRecord<String, String> record) {
    router.route(record);
  }

  private void on(EventEnvelope envelope, NominationRecorded nomination) {
    if (nomination.step() != Step.SELECTED
        || (nomination.purpose() != Purpose.TALK && nomination.purpose() != Purpose.PANEL)
        || nomination.conferenceId() == null) {
      return;
    }
    Optional<String> society = conferences.societyOf(nomination.conferenceId());
    if (society.isPresent() && !society.get().equals(nomination.societyId())) {
      // Refused, so it is set aside on the dead-letter topic with this reason for staff to see.
      throw DomainException.invalid(
          "conferenceId",
          "nomination "
              + nomination.nominationId()
              + " of society "
              + nomination.societyId()
              + " names a conference of another society");
    }
    try {
      commands.sendAndWait(
          GenericCommandMessage.asCommandMessage(
                  new InviteSpeaker(
                      nomination.conferenceId(),
                      nomination.nominationId(),
                      nomination.nomineeId(),
                      nomination.title(),
                      null,
                      nomination.nominationId()))
              .withMetaData(OnBehalfOf.of(envelope, service)));
    } catch (AggregateNotFoundException unknown) {
      log.warn(
          "Nomination {} names conference {}, which events-service does not hold; no invitation",
          nomination.nominationId(),
          nomination.conferenceId());
    }
  }
}
