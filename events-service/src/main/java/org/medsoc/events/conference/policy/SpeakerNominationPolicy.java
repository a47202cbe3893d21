package org.medsoc.events.conference.policy;

import java.util.Optional;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.medsoc.events.conference.api.InviteSpeaker;
import org.medsoc.events.conference.command.ConferenceRegistry;
import org.medsoc.kernel.contracts.committee.NominationRecorded;
import org.medsoc.kernel.contracts.committee.NominationRecorded.Purpose;
import org.medsoc.kernel.contracts.committee.NominationRecorded.Step;
import org.medsoc.kernel.error.DomainException;
import org.medsoc.kernel.messaging.EventEnvelope;
import org.medsoc.kernel.messaging.Topics;
import org.medsoc.platform.policy.KafkaPolicy;
import org.medsoc.platform.policy.Policies;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * A talk or panel nomination selected in committee-service becomes a speaker invitation to the
 * conference it names.
 */
@Component
class SpeakerNominationPolicy extends KafkaPolicy {

  private static final Logger log = LoggerFactory.getLogger(SpeakerNominationPolicy.class);

  private final ConferenceRegistry conferences;

  SpeakerNominationPolicy(ConferenceRegistry conferences, Policies policies) {
    super("speaker-nominations", Topics.NOMINATIONS, policies);
    this.conferences = conferences;
    when(NominationRecorded.class, this::on);
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
      send(
          envelope,
          new InviteSpeaker(
              nomination.conferenceId(),
              nomination.nominationId(),
              nomination.nomineeId(),
              nomination.title(),
              null,
              nomination.nominationId()));
    } catch (AggregateNotFoundException unknown) {
      log.warn(
          "Nomination {} names conference {}, which events-service does not hold; no invitation",
          nomination.nominationId(),
          nomination.conferenceId());
    }
  }
}
