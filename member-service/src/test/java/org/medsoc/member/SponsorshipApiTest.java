package org.medsoc.member;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.medsoc.kernel.messaging.Topics;
import org.medsoc.testsupport.Http;
import org.medsoc.testsupport.TestInfrastructure;
import org.medsoc.testsupport.TopicReader;

/** A mentor becomes a sponsor; a letter is asked for, written, and stays confidential. */
class SponsorshipApiTest extends MemberServiceTestBase {

  private static final String LETTER = "Dr Okafor is the most reliable resident I have supervised.";

  @Test
  void a_letter_of_recommendation_is_seen_by_its_author_only() {
    Person sponsor = person("Patel", "ATTENDING");
    Person protege = person("Okafor", "PGY3");
    Person stranger = person("Stone", "PGY1");
    String mentorship =
        protege
            .http()
            .post(
                "/mentorships",
                Map.of(
                    "mentorId",
                    sponsor.id(),
                    "type",
                    "CAREER",
                    "ask",
                    "fellowship advice",
                    "firstStep",
                    "a call"))
            .text("mentorshipId");
    expect(
        sponsor.http().post("/mentorships/" + mentorship + "/answer", Map.of("accept", true)), 204);

    String id =
        sponsor
            .http()
            .post(
                "/sponsorships",
                Map.of(
                    "protegeId",
                    protege.id(),
                    "goals",
                    "dermatology fellowship",
                    "mentorshipId",
                    mentorship))
            .text("sponsorshipId");
    Http.Response asked =
        protege
            .http()
            .post(
                "/sponsorships/" + id + "/letters",
                Map.of(
                    "purpose",
                    "Mohs fellowship application",
                    "deadline",
                    LocalDate.now().plusWeeks(3).toString()));
    assertThat(asked.status()).isEqualTo(201);
    assertThat(asked.text("warning")).contains("six weeks");
    String letterId = asked.text("letterId");
    assertThat(
            protege
                .http()
                .post(
                    "/sponsorships/" + id + "/letters/" + letterId + "/submission",
                    Map.of("content", "I am great"))
                .status())
        .isEqualTo(403);
    expect(
        sponsor
            .http()
            .post(
                "/sponsorships/" + id + "/letters/" + letterId + "/submission",
                Map.of("content", LETTER)),
        204);
    expect(
        protege
            .http()
            .post(
                "/sponsorships/" + id + "/outcomes",
                Map.of("actionId", letterId, "outcome", "MATCHED")),
        204);
    assertThat(
            sponsor
                .http()
                .post(
                    "/sponsorships/" + id + "/outcomes",
                    Map.of("actionId", letterId, "outcome", "NOT_SELECTED"))
                .status())
        .as("already decided")
        .isEqualTo(409);

    await()
        .atMost(Duration.ofSeconds(10))
        .untilAsserted(
            () -> {
              JsonNode seenBySponsor = sponsor.http().get("/sponsorships/" + id).body();
              assertThat(seenBySponsor.at("/actions/0/letterContent").asText()).isEqualTo(LETTER);
              assertThat(seenBySponsor.at("/actions/0/outcome").asText()).isEqualTo("MATCHED");
            });
    JsonNode seenByProtege = protege.http().get("/sponsorships/" + id).body();
    assertThat(seenByProtege.at("/actions/0/letterStatus").asText()).isEqualTo("SUBMITTED");
    assertThat(seenByProtege.toString()).doesNotContain(LETTER);
    assertThat(http.get("/sponsorships/" + id).body().toString())
        .as("staff")
        .doesNotContain(LETTER);
    assertThat(protege.http().get("/members/" + protege.id() + "/sponsorships").body().toString())
        .doesNotContain(LETTER);
    assertThat(seenByProtege.path("fromMentorshipId").asText()).isEqualTo(mentorship);
    assertThat(stranger.http().get("/sponsorships/" + id).status()).isEqualTo(403);

    String introduction =
        sponsor
            .http()
            .post(
                "/introductions",
                Map.of(
                    "firstMemberId",
                    protege.id(),
                    "secondMemberId",
                    stranger.id(),
                    "reason",
                    "fellowship director at my former program",
                    "sponsorshipId",
                    id))
            .text("introductionId");
    await()
        .atMost(Duration.ofSeconds(10))
        .untilAsserted(
            () ->
                assertThat(protege.http().get("/sponsorships/" + id).body().toString())
                    .contains(introduction)
                    .contains("INTRODUCTION"));
    assertThat(
            stranger
                .http()
                .post(
                    "/introductions",
                    Map.of(
                        "firstMemberId",
                        protege.id(),
                        "secondMemberId",
                        sponsor.id(),
                        "reason",
                        "not my protégé",
                        "sponsorshipId",
                        id))
                .status())
        .isEqualTo(400);

    try (TopicReader topic =
        new TopicReader(TestInfrastructure.kafkaBootstrapServers(), Topics.SPONSORSHIPS)) {
      topic.await(
          r -> id.equals(r.key()) && r.value().contains("OUTCOME_RECORDED"),
          Duration.ofSeconds(15));
      String published =
          String.join(
              "\n", topic.seen(r -> id.equals(r.key())).stream().map(r -> r.value()).toList());
      assertThat(published)
          .contains("MENTOR_BECAME_SPONSOR", "LETTER_REQUESTED", "LETTER_SUBMITTED")
          .doesNotContain(LETTER);
    }
  }

  @Test
  void self_sponsorship_and_a_past_deadline_are_refused_and_record_nothing() {
    Person sponsor = person("Reyes", "ATTENDING");
    Person protege = person("Kim", "PGY2");
    long before = store.eventCount();
    assertThat(
            sponsor
                .http()
                .post("/sponsorships", Map.of("protegeId", sponsor.id(), "goals", "me"))
                .status())
        .isEqualTo(400);
    assertThat(store.eventCount()).isEqualTo(before);

    String id =
        sponsor
            .http()
            .post("/sponsorships", Map.of("protegeId", protege.id(), "goals", "chief residency"))
            .text("sponsorshipId");
    long afterDeclaration = store.eventCount();
    Http.Response late =
        protege
            .http()
            .post(
                "/sponsorships/" + id + "/letters",
                Map.of(
                    "purpose",
                    "job application",
                    "deadline",
                    LocalDate.now().minusDays(2).toString()));
    assertThat(late.status()).isEqualTo(400);
    assertThat(late.body().at("/errors/0/field").asText()).isEqualTo("deadline");
    assertThat(store.eventCount()).isEqualTo(afterDeclaration);
  }

  @Test
  void the_protege_states_her_hopes_and_only_the_two_of_them_read_them() {
    Person sponsor = person("Moreau", "ATTENDING");
    Person protege = person("Nakamura", "PGY2");
    String id =
        sponsor
            .http()
            .post("/sponsorships", Map.of("protegeId", protege.id(), "goals", "chief residency"))
            .text("sponsorshipId");
    String path = "/sponsorships/" + id + "/opportunities";
    long before = store.eventCount();
    Http.Response blank = protege.http().put(path, Map.of("opportunities", List.of("  ")));
    assertThat(blank.status()).isEqualTo(400);
    assertThat(blank.body().at("/errors/0/field").asText()).startsWith("opportunities");
    assertThat(sponsor.http().put(path, Map.of("opportunities", List.of("x"))).status())
        .as("the sponsor does not speak for her")
        .isEqualTo(403);
    assertThat(store.eventCount()).isEqualTo(before);
    List<String> hopes = List.of("Chief resident selection", "Program director's QI committee");
    assertThat(protege.http().put(path, Map.of("opportunities", hopes)).status()).isEqualTo(204);

    await()
        .atMost(Duration.ofSeconds(10))
        .untilAsserted(
            () ->
                assertThat(
                        sponsor
                            .http()
                            .get("/sponsorships/" + id)
                            .body()
                            .path("opportunities")
                            .toString())
                    .isEqualTo(
                        "[\"Chief resident selection\",\"Program director's QI committee\"]"));
    assertThat(protege.http().get("/sponsorships/" + id).body().path("opportunities").size())
        .isEqualTo(2);
    assertThat(http.get("/sponsorships/" + id).body().path("opportunities").size())
        .as("staff read the sponsorship, not her hopes")
        .isZero();
  }
}
