package org.medsoc.notification.names;

import java.util.List;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.medsoc.kernel.contracts.events.ConferenceScheduled;
import org.medsoc.kernel.messaging.EventEnvelope;
import org.medsoc.kernel.messaging.IntegrationEventCodec;
import org.medsoc.kernel.messaging.Topics;
import org.medsoc.platform.messaging.Inbox;
import org.medsoc.platform.messaging.IntegrationEventRouter;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/** What each conference is called, as events-service scheduled it, for the mails to name it. */
@Component
public class ConferenceNames {

  private final JdbcTemplate jdbc;
  private final IntegrationEventRouter router;

  public ConferenceNames(JdbcTemplate jdbc, IntegrationEventCodec codec, Inbox inbox) {
    this.jdbc = jdbc;
    this.router =
        new IntegrationEventRouter("conference-names", codec, inbox)
            .on(ConferenceScheduled.class, this::on);
  }

  @KafkaListener(
      id = "${platform.kafka.consumer-group-prefix}.conference-names",
      topics = Topics.CONFERENCES)
  void on(List<ConsumerRecord<String, String>> records) {
    router.routeTogether(records);
  }

  private void on(EventEnvelope envelope, ConferenceScheduled c) {
    jdbc.update(
        """
        INSERT INTO conference_name (conference_id, society_id, name) VALUES (?, ?, ?)
        ON CONFLICT (conference_id) DO UPDATE SET society_id = excluded.society_id,
            name = excluded.name
        """,
        c.conferenceId(),
        c.societyId(),
        c.name());
  }

  /** The conference's name, or the given words when it is not known (yet). */
  public String nameOf(String conferenceId, String unknown) {
    return jdbc
        .queryForList(
            "SELECT name FROM conference_name WHERE conference_id = ?", String.class, conferenceId)
        .stream()
        .findFirst()
        .orElse(unknown);
  }
}
