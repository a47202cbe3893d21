package org.medsoc.systemtests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;
import org.junit.jupiter.api.Test;
import org.medsoc.kernel.messaging.ActingPrincipal;
import org.medsoc.kernel.messaging.IntegrationEventCodec;
import org.medsoc.kernel.messaging.Topics;
import org.medsoc.testsupport.Http;
import org.medsoc.testsupport.MembershipFact;
import org.medsoc.testsupport.TestInfrastructure;
import org.medsoc.testsupport.TopicReader;
import org.medsoc.testsupport.TopicWriter;

/**
 * Fault drill: a poison message on every topic some service reads goes to that topic's dead-letter
 * topic with its reason, and the partition behind it keeps flowing.
 */
class PoisonMessageDrillTest {

  private static final List<String> READ_TOPICS =
      List.of(
          Topics.MEMBERSHIPS,
          Topics.INTRODUCTIONS,
          Topics.MENTORSHIPS,
          Topics.SPONSORSHIPS,
          Topics.NOMINATIONS,
          Topics.APPOINTMENTS,
          Topics.SPEAKERS,
          Topics.ACHIEVEMENTS,
          Topics.MENTORING_PAIRS);

  private final RunningPlatform platform = RunningPlatform.get();

  @Test
  void a_poison_message_on_every_read_topic_is_dead_lettered_and_the_partition_flows_on() {
    String key = "poison-" + UUID.randomUUID();
    try (TopicWriter writer = new TopicWriter(TestInfrastructure.kafkaBootstrapServers())) {
      for (String topic : READ_TOPICS) {
        writer.send(topic, key, "{not json at all");
      }
      // Behind the poison, on the same key and so the same partition, a good fact.
      IntegrationEventCodec codec = new IntegrationEventCodec();
      writer.send(
          Topics.MEMBERSHIPS,
          key,
          codec.encode(
              codec.wrap(
                  MembershipFact.approved(key, "drill-society").build(),
                  UUID.randomUUID(),
                  Instant.now(),
                  ActingPrincipal.system("drill"),
                  null,
                  "drill",
                  "drill")));
    }

    for (String topic : READ_TOPICS) {
      try (TopicReader deadLetters =
          new TopicReader(TestInfrastructure.kafkaBootstrapServers(), Topics.deadLetterOf(topic))) {
        ConsumerRecord<String, String> dead =
            deadLetters.await(record -> key.equals(record.key()), Duration.ofSeconds(30));
        assertThat(dead.value()).as(topic).isEqualTo("{not json at all");
        Header reason = dead.headers().lastHeader("kafka_dlt-exception-message");
        assertThat(reason).as(topic + " carries the reason").isNotNull();
        assertThat(new String(reason.value(), StandardCharsets.UTF_8)).as(topic).isNotBlank();
      }
    }
    for (var service : List.of(platform.committee, platform.events)) {
      Http staff = RunningPlatform.http(service).as(TestInfrastructure.identity().platformStaff());
      await()
          .atMost(Duration.ofSeconds(30))
          .untilAsserted(
              () ->
                  assertThat(
                          staff.get("/member-eligibility/" + key).body().at("/0/status").asText())
                      .isEqualTo("ACTIVE"));
    }
  }
}
