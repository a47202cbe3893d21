package org.medsoc.member;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.medsoc.kernel.contracts.member.IntroductionRecorded;
import org.medsoc.kernel.messaging.EventEnvelope;
import org.medsoc.kernel.messaging.IntegrationEventCodec;
import org.medsoc.kernel.messaging.Topics;
import org.medsoc.testsupport.Http;
import org.medsoc.testsupport.TestInfrastructure;
import org.medsoc.testsupport.TopicReader;
import org.springframework.jdbc.core.JdbcTemplate;

/** A sponsor introduces a resident to a leader elsewhere, through REST, on real infrastructure. */
class IntroductionApiTest extends MemberServiceTestBase {

  private final IntegrationEventCodec codec = new IntegrationEventCodec();

  @Test
  void an_introduction_goes_from_proposal_to_follow_up_and_every_step_is_published() {
    Person sponsor = person("Patel", "ATTENDING");
    Person resident = person("Okafor", "PGY2");
    Person leader = person("Lind", "ATTENDING");
    Person stranger = person("Stone", "PGY1");

    Http.Response proposed =
        sponsor
            .http()
            .post(
                "/introductions",
                Map.of(
                    "firstMemberId",
                    resident.id(),
                    "secondMemberId",
                    leader.id(),
                    "reason",
                    "you both work on sepsis QI",
                    "context",
                    "ACP annual meeting, QI poster session"));
    assertThat(proposed.status()).isEqualTo(201);
    String id = proposed.text("introductionId");

    assertThat(
            stranger
                .http()
                .post("/introductions/" + id + "/answer", Map.of("accept", true))
                .status())
        .isEqualTo(403);
    assertThat(
            resident
                .http()
                .post(
                    "/introductions/" + id + "/meeting",
                    Map.of("heldOn", LocalDate.now().toString()))
                .status())
        .as("no meeting before both accepted")
        .isEqualTo(409);
    expect(resident.http().post("/introductions/" + id + "/answer", Map.of("accept", true)), 204);
    expect(leader.http().post("/introductions/" + id + "/answer", Map.of("accept", true)), 204);
    expect(
        resident
            .http()
            .post(
                "/introductions/" + id + "/meeting", Map.of("heldOn", LocalDate.now().toString())),
        204);
    expect(
        leader
            .http()
            .post("/introductions/" + id + "/follow-up", Map.of("note", "shared the protocol")),
        204);

    await()
        .atMost(Duration.ofSeconds(10))
        .untilAsserted(
            () ->
                assertThat(resident.http().get("/introductions/" + id).text("status"))
                    .isEqualTo("FOLLOWED_UP"));
    assertThat(stranger.http().get("/introductions/" + id).status()).isEqualTo(403);
    assertThat(ids(sponsor.http().get("/members/" + sponsor.id() + "/introductions/made")))
        .containsExactly(id);
    assertThat(ids(leader.http().get("/members/" + leader.id() + "/introductions/received")))
        .containsExactly(id);
    assertThat(ids(resident.http().get("/members/" + resident.id() + "/introductions/chain")))
        .contains(id);
    assertThat(
            stranger.http().get("/members/" + resident.id() + "/introductions/received").status())
        .isEqualTo(403);

    try (TopicReader topic =
        new TopicReader(TestInfrastructure.kafkaBootstrapServers(), Topics.INTRODUCTIONS)) {
      topic.await(
          r -> id.equals(r.key()) && r.value().contains("FOLLOWED_UP"), Duration.ofSeconds(15));
      List<IntroductionRecorded.Step> steps = new ArrayList<>();
      String proposer = null;
      for (var record : topic.seen(r -> id.equals(r.key()))) {
        EventEnvelope envelope = codec.decode(record.value());
        IntroductionRecorded step = codec.payload(envelope, IntroductionRecorded.class);
        steps.add(step.step());
        assertThat(step.introducerId()).isEqualTo(sponsor.id());
        if (step.step() == IntroductionRecorded.Step.PROPOSED) {
          proposer = envelope.principal().subject();
          assertThat(step.reason()).isEqualTo("you both work on sepsis QI");
        }
      }
      assertThat(steps)
          .containsExactly(
              IntroductionRecorded.Step.PROPOSED,
              IntroductionRecorded.Step.ACCEPTED,
              IntroductionRecorded.Step.ACCEPTED,
              IntroductionRecorded.Step.CONNECTED,
              IntroductionRecorded.Step.MEETING_HELD,
              IntroductionRecorded.Step.FOLLOWED_UP);
      assertThat(proposer).isEqualTo(sponsor.login());
    }
  }

  @Test
  void self_introduction_and_unknown_members_are_refused_and_record_nothing() {
    Person sponsor = person("Reyes", "ATTENDING");
    Person resident = person("Kim", "PGY3");
    long before = store.eventCount();

    Http.Response self =
        sponsor
            .http()
            .post(
                "/introductions",
                Map.of(
                    "firstMemberId",
                    sponsor.id(),
                    "secondMemberId",
                    resident.id(),
                    "reason",
                    "meet me"));
    Http.Response unknown =
        sponsor
            .http()
            .post(
                "/introductions",
                Map.of(
                    "firstMemberId",
                    resident.id(),
                    "secondMemberId",
                    "no-such-member",
                    "reason",
                    "meet"));

    assertThat(self.status()).isEqualTo(400);
    assertThat(self.body().at("/errors/0/field").asText()).isEqualTo("introducerId");
    assertThat(unknown.status()).isEqualTo(404);
    assertThat(store.eventCount()).isEqualTo(before);
  }

  @Test
  void an_unanswered_introduction_expires_by_its_stored_deadline() {
    Person sponsor = person("Adeyemi", "ATTENDING");
    Person resident = person("Park", "PGY1");
    Person leader = person("Weiss", "ATTENDING");
    String id =
        sponsor
            .http()
            .post(
                "/introductions",
                Map.of(
                    "firstMemberId",
                    resident.id(),
                    "secondMemberId",
                    leader.id(),
                    "reason",
                    "pediatric sepsis"))
            .text("introductionId");
    expect(resident.http().post("/introductions/" + id + "/answer", Map.of("accept", true)), 204);

    // Fourteen days pass without the leader's answer: bring this introduction's deadline due.
    int due =
        new JdbcTemplate(dataSource)
            .update(
                "UPDATE scheduled_tasks SET execution_time = now() WHERE task_name = 'AxonDeadline'"
                    + " AND position(convert_to(?, 'UTF8') in task_data) > 0",
                id);
    assertThat(due).isEqualTo(1);

    await()
        .atMost(Duration.ofSeconds(15))
        .untilAsserted(
            () ->
                assertThat(resident.http().get("/introductions/" + id).text("status"))
                    .isEqualTo("EXPIRED"));
    assertThat(
            leader.http().post("/introductions/" + id + "/answer", Map.of("accept", true)).status())
        .isEqualTo(409);
    assertThat(store.lastMetadataOf(id)).contains("system:deadline:introduction-answer");
  }

  @Test
  void members_connected_by_an_introduction_see_each_others_contact_data() {
    Person sponsor = person("Moreau", "ATTENDING");
    Person resident = person("Haddad", "PGY2");
    Person leader = person("Quinn", "ATTENDING");
    Person stranger = person("Vance", "PGY1");
    await()
        .atMost(Duration.ofSeconds(10))
        .until(() -> http.get("/members/" + resident.id()).status() == 200);
    assertThat(
            leader.http().get("/members/" + resident.id()).body().path("profile").isMissingNode())
        .as("not yet connected: the card only")
        .isTrue();

    String id =
        sponsor
            .http()
            .post(
                "/introductions",
                Map.of(
                    "firstMemberId",
                    resident.id(),
                    "secondMemberId",
                    leader.id(),
                    "reason",
                    "both in hospital medicine"))
            .text("introductionId");
    expect(resident.http().post("/introductions/" + id + "/answer", Map.of("accept", true)), 204);
    expect(leader.http().post("/introductions/" + id + "/answer", Map.of("accept", true)), 204);

    await()
        .atMost(Duration.ofSeconds(10))
        .untilAsserted(
            () ->
                assertThat(
                        leader
                            .http()
                            .get("/members/" + resident.id())
                            .body()
                            .at("/profile/email")
                            .asText())
                    .startsWith("haddad-"));
    assertThat(stranger.http().get("/members/" + resident.id()).body().toString())
        .doesNotContain("haddad-");
    assertThat(sponsor.http().get("/members/" + resident.id()).body().toString())
        .as("the introducer is not connected by introducing")
        .doesNotContain("haddad-");
  }

  private static List<String> ids(Http.Response response) {
    assertThat(response.status()).isEqualTo(200);
    List<String> ids = new ArrayList<>();
    for (JsonNode introduction : response.body()) {
      ids.add(introduction.path("introductionId").asText());
    }
    return ids;
  }

  @Test
  void a_resident_asks_for_an_introduction_and_the_colleague_asked_proposes_it() {
    Person resident = person("Adeyemi", "PGY2");
    Person director = person("Moreno", "ATTENDING");
    Person leader = person("Lindqvist", "ATTENDING");
    long before = store.eventCount();
    Http.Response toHerself =
        resident
            .http()
            .post(
                "/introduction-requests",
                Map.of("introducerId", director.id(), "targetId", resident.id(), "reason", "x"));
    assertThat(toHerself.status()).isEqualTo(400);
    assertThat(toHerself.body().at("/errors/0/field").asText()).isEqualTo("targetId");
    assertThat(store.eventCount()).isEqualTo(before);

    String requestId =
        resident
            .http()
            .post(
                "/introduction-requests",
                Map.of(
                    "introducerId",
                    director.id(),
                    "targetId",
                    leader.id(),
                    "reason",
                    "her sepsis QI programme is what I want to build"))
            .text("requestId");
    String requests = "/members/" + director.id() + "/introduction-requests";
    await()
        .atMost(Duration.ofSeconds(10))
        .untilAsserted(
            () ->
                assertThat(director.http().get(requests).body().at("/0/status").asText())
                    .isEqualTo("ASKED"));
    assertThat(leader.http().get("/members/" + leader.id() + "/introduction-requests").body())
        .as("the person hoped for is not told of a request")
        .isEmpty();
    assertThat(leader.http().get(requests).status()).isEqualTo(403);
    assertThat(
            resident
                .http()
                .post("/introduction-requests/" + requestId + "/decline", Map.of())
                .status())
        .as("only the colleague asked declines")
        .isEqualTo(403);
    Http.Response notAsked =
        leader
            .http()
            .post(
                "/introductions",
                Map.of(
                    "firstMemberId",
                    resident.id(),
                    "secondMemberId",
                    director.id(),
                    "reason",
                    "not asked of me",
                    "requestId",
                    requestId));
    assertThat(notAsked.status()).isEqualTo(400);
    assertThat(notAsked.body().at("/errors/0/field").asText()).isEqualTo("requestId");

    String introductionId =
        director
            .http()
            .post(
                "/introductions",
                Map.of(
                    "firstMemberId",
                    resident.id(),
                    "secondMemberId",
                    leader.id(),
                    "reason",
                    "Dr Adeyemi wants to build a sepsis QI programme like yours",
                    "requestId",
                    requestId))
            .text("introductionId");
    await()
        .atMost(Duration.ofSeconds(15))
        .untilAsserted(
            () -> {
              JsonNode seen =
                  resident
                      .http()
                      .get("/members/" + resident.id() + "/introduction-requests")
                      .body();
              assertThat(seen.at("/0/status").asText()).isEqualTo("PROPOSED");
              assertThat(seen.at("/0/introductionId").asText()).isEqualTo(introductionId);
            });
    assertThat(
            director
                .http()
                .post("/introduction-requests/" + requestId + "/decline", Map.of())
                .status())
        .as("answered already")
        .isEqualTo(409);
  }
}
