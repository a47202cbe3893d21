package org.medsoc.member;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.medsoc.kernel.contracts.record.AchievementRecorded;
import org.medsoc.kernel.messaging.ActingPrincipal;
import org.medsoc.kernel.messaging.IntegrationEventCodec;
import org.medsoc.kernel.messaging.Topics;
import org.medsoc.testsupport.Http;
import org.medsoc.testsupport.TestInfrastructure;
import org.medsoc.testsupport.TopicReader;
import org.medsoc.testsupport.TopicWriter;

/** Achievements other services publish land once on the member's professional record. */
class ProfessionalRecordFeedTest extends MemberServiceTestBase {

  private final IntegrationEventCodec codec = new IntegrationEventCodec();

  @Test
  void an_appointment_published_twice_appears_once_and_a_poison_message_is_set_aside() {
    String memberId = newMember("Okafor", "PGY3");
    AchievementRecorded appointment =
        new AchievementRecorded(
            "committee-service:appointment-42",
            memberId,
            AchievementRecorded.Kind.COMMITTEE_APPOINTMENT,
            "Resident representative, Education Committee",
            "American College of Physicians",
            LocalDate.of(2027, 7, 1));
    String message =
        codec.encode(
            codec.wrap(
                appointment,
                UUID.randomUUID(),
                Instant.now(),
                ActingPrincipal.system("committee-service"),
                new ActingPrincipal("chair-9", java.util.List.of("CHAIR")),
                "corr-1",
                "appointment-event-1"));

    try (TopicWriter writer = new TopicWriter(TestInfrastructure.kafkaBootstrapServers());
        TopicReader deadLetters =
            new TopicReader(
                TestInfrastructure.kafkaBootstrapServers(),
                Topics.deadLetterOf(Topics.ACHIEVEMENTS))) {
      writer.send(Topics.ACHIEVEMENTS, memberId, "{\"not\":\"an envelope\"}");
      writer.send(Topics.ACHIEVEMENTS, memberId, message);
      writer.send(Topics.ACHIEVEMENTS, memberId, message);

      Http member = http;
      await()
          .atMost(Duration.ofSeconds(20))
          .untilAsserted(
              () -> {
                Http.Response record = member.get("/members/" + memberId + "/record");
                assertThat(record.status()).isEqualTo(200);
                assertThat(record.body().size()).isEqualTo(1);
                assertThat(record.body().at("/0/title").asText())
                    .isEqualTo("Resident representative, Education Committee");
                assertThat(record.body().at("/0/source").asText())
                    .isEqualTo("system:committee-service");
              });
      var poison = deadLetters.await(r -> r.value().contains("not"), Duration.ofSeconds(15));
      assertThat(
              new String(
                  poison.headers().lastHeader("kafka_dlt-exception-message").value(),
                  StandardCharsets.UTF_8))
          .contains("envelope lacks");
    }
  }
}
