package org.medsoc.member.sponsorship.policy;

import org.axonframework.modelling.command.AggregateNotFoundException;
import org.medsoc.kernel.contracts.committee.NominationRecorded;
import org.medsoc.kernel.messaging.EventEnvelope;
import org.medsoc.kernel.messaging.Topics;
import org.medsoc.member.sponsorship.api.LinkNomination;
import org.medsoc.member.sponsorship.api.Outcome;
import org.medsoc.member.sponsorship.api.RecordNominationOutcome;
import org.medsoc.member.sponsorship.api.RoleKind;
import org.medsoc.platform.policy.KafkaPolicy;
import org.medsoc.platform.policy.Policies;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * A nomination made in committee-service under a sponsorship becomes one of that sponsorship's
 * actions, and its outcome the action's outcome.
 */
@Component
class SponsoredNominationPolicy extends KafkaPolicy {

  private static final Logger log = LoggerFactory.getLogger(SponsoredNominationPolicy.class);

  SponsoredNominationPolicy(Policies policies) {
    super("sponsored-nominations", Topics.NOMINATIONS, policies);
    when(NominationRecorded.class, this::on);
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
      send(envelope, command);
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
