package org.medsoc.committee.call.command;

import java.util.List;
import java.util.Optional;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.medsoc.kernel.contracts.events.ConferenceScheduled;
import org.medsoc.kernel.contracts.member.SponsorshipActionRecorded;
import org.medsoc.kernel.messaging.IntegrationEventCodec;
import org.medsoc.kernel.messaging.Topics;
import org.medsoc.platform.messaging.Inbox;
import org.medsoc.platform.messaging.IntegrationEventRouter;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/**
 * The conferences and sponsorships a call or a nomination may name, as events-service and
 * member-service tell of them through Kafka: a talk call names only a conference of its own
 * committee's society, and a nomination names only a sponsorship whose sponsor is the nominator and
 * whose protégé is the nominee.
 */
@Component
public class CallReferencesFromKafka implements CallReferences {

  static final String CONSUMER = "call-references";

  private final JdbcTemplate jdbc;
  private final IntegrationEventRouter router;

  public CallReferencesFromKafka(JdbcTemplate jdbc, IntegrationEventCodec codec, Inbox inbox) {
    this.jdbc = jdbc;
    this.router =
        new IntegrationEventRouter(CONSUMER, codec, inbox)
            .on(ConferenceScheduled.class, (envelope, conference) -> known(conference))
            .on(SponsorshipActionRecorded.class, (envelope, action) -> known(action));
  }

  @KafkaListener(
      id = "${platform.kafka.consumer-group-prefix}." + CONSUMER,
      topics = {Topics.CONFERENCES, Topics.SPONSORSHIPS})
  void on(List<ConsumerRecord<String, String>> records) {
    router.routeTogether(records);
  }

  private void known(ConferenceScheduled conference) {
    jdbc.update(
        "INSERT INTO known_conference (conference_id, society_id) VALUES (?, ?)"
            + " ON CONFLICT DO NOTHING",
        conference.conferenceId(),
        conference.societyId());
  }

  private void known(SponsorshipActionRecorded action) {
    jdbc.update(
        "INSERT INTO known_sponsorship (sponsorship_id, sponsor_id, protege_id) VALUES (?, ?, ?)"
            + " ON CONFLICT DO NOTHING",
        action.sponsorshipId(),
        action.sponsorId(),
        action.protegeId());
  }

  @Override
  public Optional<String> societyOfConference(String conferenceId) {
    return jdbc
        .queryForList(
            "SELECT society_id FROM known_conference WHERE conference_id = ?",
            String.class,
            conferenceId)
        .stream()
        .findFirst();
  }

  @Override
  public boolean sponsors(String sponsorshipId, String sponsorId, String protegeId) {
    return Boolean.TRUE.equals(
        jdbc.queryForObject(
            "SELECT EXISTS (SELECT 1 FROM known_sponsorship WHERE sponsorship_id = ?"
                + " AND sponsor_id = ? AND protege_id = ?)",
            Boolean.class,
            sponsorshipId,
            sponsorId,
            protegeId));
  }
}
