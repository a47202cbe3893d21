package org.medsoc.committee;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.junit.jupiter.api.Test;
import org.medsoc.kernel.contracts.member.MembershipChanged;
import org.medsoc.kernel.member.MembershipStatus;
import org.medsoc.kernel.messaging.ActingPrincipal;
import org.medsoc.kernel.messaging.EventEnvelope;
import org.medsoc.kernel.messaging.IntegrationEventCodec;
import org.medsoc.kernel.messaging.Topics;
import org.medsoc.platform.eligibility.MemberEligibility;
import org.medsoc.platform.eligibility.MemberEligibilityView;
import org.medsoc.testsupport.MembershipFact;
import org.medsoc.testsupport.TestInfrastructure;
import org.medsoc.testsupport.TopicReader;
import org.medsoc.testsupport.TopicWriter;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** committee-service's copy of member eligibility, fed through a real broker. */
@SpringBootTest(args = "--spring.config.name=" + CommitteeServiceApplication.CONFIG_NAME)
class MemberEligibilityFeedTest {

  @DynamicPropertySource
  static void infrastructure(DynamicPropertyRegistry registry) {
    TestInfrastructure.register(registry, "committee");
  }

  @Autowired MemberEligibilityView eligibility;
  @Autowired JdbcTemplate jdbc;

  private final IntegrationEventCodec codec = new IntegrationEventCodec();

  @Test
  void poison_messages_go_to_the_dead_letter_topic_with_the_reason_and_the_partition_flows_on() {
    String memberId = "member-" + UUID.randomUUID();
    try (TopicWriter writer = new TopicWriter(TestInfrastructure.kafkaBootstrapServers());
        TopicReader deadLetters =
            new TopicReader(
                TestInfrastructure.kafkaBootstrapServers(),
                Topics.deadLetterOf(Topics.MEMBERSHIPS))) {
      RecordMetadata notJson = writer.send(Topics.MEMBERSHIPS, memberId, "{this is not json");
      String withoutPrincipal =
          codec
              .encode(envelope(change(memberId, MembershipStatus.ACTIVE, 2), UUID.randomUUID()))
              .replace("\"principal\"", "\"somebody\"");
      writer.send(Topics.MEMBERSHIPS, memberId, withoutPrincipal);
      RecordMetadata valid =
          writer.send(
              Topics.MEMBERSHIPS,
              memberId,
              codec.encode(
                  envelope(change(memberId, MembershipStatus.ACTIVE, 3), UUID.randomUUID())));
      assertThat(valid.partition()).isEqualTo(notJson.partition());

      await()
          .atMost(Duration.ofSeconds(20))
          .untilAsserted(
              () ->
                  assertThat(eligibility.of(memberId, "society-1"))
                      .map(MemberEligibility::status)
                      .contains(MembershipStatus.ACTIVE));

      ConsumerRecord<String, String> first =
          deadLetters.await(r -> r.value().equals("{this is not json"), Duration.ofSeconds(15));
      assertThat(header(first, "kafka_dlt-exception-message")).contains("not a readable envelope");
      assertThat(header(first, "kafka_dlt-original-topic")).isEqualTo(Topics.MEMBERSHIPS);
      ConsumerRecord<String, String> second =
          deadLetters.await(r -> r.value().equals(withoutPrincipal), Duration.ofSeconds(15));
      assertThat(header(second, "kafka_dlt-exception-message"))
          .contains("envelope lacks principal");
    }
  }

  @Test
  void a_duplicate_delivery_changes_nothing_and_an_older_fact_never_overwrites_a_newer_one() {
    String memberId = "member-" + UUID.randomUUID();
    EventEnvelope lapsed =
        envelope(change(memberId, MembershipStatus.LAPSED, 7), UUID.randomUUID());
    EventEnvelope olderActive =
        envelope(change(memberId, MembershipStatus.ACTIVE, 5), UUID.randomUUID());
    try (TopicWriter writer = new TopicWriter(TestInfrastructure.kafkaBootstrapServers())) {
      writer.send(Topics.MEMBERSHIPS, memberId, codec.encode(lapsed));
      writer.send(Topics.MEMBERSHIPS, memberId, codec.encode(lapsed));
      writer.send(Topics.MEMBERSHIPS, memberId, codec.encode(olderActive));
      String marker = "marker-" + UUID.randomUUID();
      writer.send(
          Topics.MEMBERSHIPS,
          marker,
          codec.encode(envelope(change(marker, MembershipStatus.ACTIVE, 1), UUID.randomUUID())));

      // The marker follows on its own key; once it is in, wait until every record of this member is
      // handled.
      await()
          .atMost(Duration.ofSeconds(20))
          .until(() -> eligibility.of(marker, "society-1").isPresent());
      await()
          .atMost(Duration.ofSeconds(20))
          .until(() -> handled(lapsed.eventId()) && handled(olderActive.eventId()));
    }

    MemberEligibility current = eligibility.of(memberId, "society-1").orElseThrow();
    assertThat(current.status()).isEqualTo(MembershipStatus.LAPSED);
    assertThat(current.memberVersion()).isEqualTo(7);
    assertThat(
            jdbc.queryForObject(
                "SELECT count(*) FROM processed_integration_event WHERE aggregate_id = ?"
                    + " AND consumer = 'member-eligibility'",
                Integer.class,
                memberId))
        .isEqualTo(2);
  }

  private boolean handled(UUID eventId) {
    return Boolean.TRUE.equals(
        jdbc.queryForObject(
            "SELECT EXISTS (SELECT 1 FROM processed_integration_event WHERE event_id = ?)",
            Boolean.class,
            eventId));
  }

  private static MembershipChanged change(String memberId, MembershipStatus status, long version) {
    return MembershipFact.approved(memberId, "society-1")
        .resident()
        .status(status)
        .paidThrough(LocalDate.of(2027, 6, 30))
        .version(version)
        .build();
  }

  private EventEnvelope envelope(MembershipChanged change, UUID id) {
    return codec.wrap(
        change,
        id,
        Instant.now(),
        new ActingPrincipal("staff-1", List.of("STAFF")),
        null,
        "corr",
        "cause");
  }

  private static String header(ConsumerRecord<String, String> record, String name) {
    return new String(record.headers().lastHeader(name).value(), StandardCharsets.UTF_8);
  }
}
