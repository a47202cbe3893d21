package org.medsoc.member.sponsorship.command;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.medsoc.kernel.contracts.committee.NominationRecorded;
import org.medsoc.kernel.messaging.EventEnvelope;
import org.medsoc.kernel.messaging.IntegrationEventCodec;
import org.medsoc.kernel.messaging.Topics;
import org.medsoc.member.sponsorship.api.LinkNomination;
import org.medsoc.member.sponsorship.api.Outcome;
import org.medsoc.member.sponsorship.api.RecordNominationOutcome;
import org.medsoc.member.sponsorship.api.RoleKind;
import org.medsoc.platform.messaging.Inbox;
import org.medsoc.platform.messaging.IntegrationEventRouter;
import org.medsoc.platform.messaging.OnBehalfOf;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/**
 * A nomination made in committee-service under a sponsorship becomes one of that sponsorship's
 * actions, and its outcome the action's outcome: member-service acts on behalf of whoever acted in
 * committee-service.
 */
@Component
class SponsoredNominations {

  private static final Logger log = LoggerFactory.getLogger(SponsoredNominations.class);

  private final CommandGateway commands;
  private final String service;
  private final IntegrationEventRouter router;

  SponsoredNominations(
      CommandGateway commands,
      IntegrationEventCodec codec,
      Inbox inbox,
      @Value("${spring.application.name}") String service) {
    this.commands = commands;
    this.service = service;
    this.router =
        new IntegrationEventRouter("sponsored-nominations", codec, inbox)
            .on(NominationRecorded.class, this::on);
  }

  @KafkaListener(
      id = "${platform.kafka.consumer-group-prefix}.sponsored-nominations",
      topics = Topics.NOMINATIONS)
  void on(ConsumerRecord<String, String> record) {
    router.route(record);
  }

  private void on(EventEnvelope envelope, NominationRecorded nomination) {
    if (nomination.sponsorshipId() == null) {
      return;
    }
    Object command =
        switch (nomination.step()) {
          case SUBMITTED, CARRIED_OVER ->
              new LinkNomination(
                  nomination.sponsorshipId(),
                  nomination.nominationId(),
                  nomination.nominatorId(),
                  nomination.nomineeId(),
                  roleKindOf(nomination.purpose()),
                  nomination.title());
          case SELECTED -> outcome(nomination, selectedOutcomeOf(nomination.purpose()));
          case NOT_SELECTED -> outcome(nomination, Outcome.NOT_SELECTED);
          case DECLINED_BY_NOMINEE -> outcome(nomination, Outcome.DECLINED);
          case WITHDRAWN -> outcome(nomination, Outcome.WITHDRAWN);
          case ACCEPTED_BY_NOMINEE, SHORTLISTED -> null;
        };
    if (command == null) {
      return;
    }
    try {
      commands.sendAndWait(
          GenericCommandMessage.asCommandMessage(command)
              .withMetaData(OnBehalfOf.of(envelope, service)));
    } catch (AggregateNotFoundException unknown) {
      log.warn(
          "Nomination {} names sponsorship {}, which does not exist; nothing linked",
          nomination.nominationId(),
          nomination.sponsorshipId());
    }
  }

  private static RecordNominationOutcome outcome(NominationRecorded nomination, Outcome outcome) {
    return new RecordNominationOutcome(
        nomination.sponsorshipId(), nomination.nominationId(), outcome, nomination.reason());
  }

  private static RoleKind roleKindOf(NominationRecorded.Purpose purpose) {
    return switch (purpose) {
      case COMMITTEE_SEAT -> RoleKind.COMMITTEE;
      case AWARD -> RoleKind.AWARD;
      case TALK -> RoleKind.TALK;
      case PANEL -> RoleKind.PANEL;
    };
  }

  private static Outcome selectedOutcomeOf(NominationRecorded.Purpose purpose) {
    return purpose == NominationRecorded.Purpose.AWARD ? Outcome.AWARDED : Outcome.SELECTED;
  }
}
