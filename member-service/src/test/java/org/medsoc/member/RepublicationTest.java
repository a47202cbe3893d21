package org.medsoc.member;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.medsoc.kernel.messaging.EventEnvelope;
import org.medsoc.kernel.messaging.IntegrationEventCodec;
import org.medsoc.kernel.messaging.Topics;
import org.medsoc.testsupport.TestInfrastructure;
import org.medsoc.testsupport.TopicReader;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.TestPropertySource;

/**
 * A service's facts published again from its store, as for a new consumer or a lost topic. In a
 * context and a database of its own: the republication goes over the whole store.
 */
@TestPropertySource(properties = "medsoc.test.context=republication")
@DirtiesContext
class RepublicationTest extends MemberServiceTestBase {

  private final IntegrationEventCodec codec = new IntegrationEventCodec();

  @Test
  void the_facts_of_a_topic_go_out_again_as_they_were_and_no_other_topic_is_touched() {
    String societyId = newSociety("Society of Critical Care Medicine");
    String memberId = residentApplicant(societyId, "Okafor");
    try (TopicReader memberships =
            new TopicReader(TestInfrastructure.kafkaBootstrapServers(), Topics.MEMBERSHIPS);
        TopicReader contacts =
            new TopicReader(TestInfrastructure.kafkaBootstrapServers(), Topics.CONTACTS)) {
      ConsumerRecord<String, String> applied =
          memberships.await(r -> memberId.equals(r.key()), Duration.ofSeconds(15));
      contacts.await(r -> memberId.equals(r.key()), Duration.ofSeconds(15));

      JsonNode started =
          expect(
              http.post("/operations/republication", Map.of("topics", List.of(Topics.MEMBERSHIPS))),
              202);
      assertThat(started.at("/topics/0").asText()).isEqualTo(Topics.MEMBERSHIPS);

      ConsumerRecord<String, String> again =
          memberships.await(
              r -> memberId.equals(r.key()) && r.offset() > applied.offset(),
              Duration.ofSeconds(30));
      EventEnvelope first = codec.decode(applied.value());
      assertThat(codec.decode(again.value()))
          .as("the same fact, with the id consumers remember it by")
          .isEqualTo(first);
      await()
          .atMost(Duration.ofSeconds(30))
          .untilAsserted(
              () -> {
                JsonNode status = expect(http.get("/operations/republication"), 200);
                assertThat(status.path("republishing").asBoolean()).isFalse();
                assertThat(status.path("position").asLong())
                    .isEqualTo(status.path("head").asLong());
              });
      assertThat(contacts.seen(r -> memberId.equals(r.key())))
          .as("the contact fact, of a topic not chosen, went out once")
          .hasSize(1);
    }
  }

  @Test
  void a_topic_that_is_not_a_topics_name_is_refused_naming_the_field() {
    JsonNode refused =
        expect(
            http.post("/operations/republication", Map.of("topics", List.of("Member Memberships"))),
            400);

    assertThat(refused.toString()).contains("topics");
  }

  @Test
  void a_society_office_may_not_republish() {
    expect(
        http.as(TestInfrastructure.identity().staffOf("a-society"))
            .post("/operations/republication", Map.of()),
        403);
  }
}
