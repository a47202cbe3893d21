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
import org.medsoc.kernel.contracts.member.MentorshipStepRecorded;
import org.medsoc.kernel.messaging.IntegrationEventCodec;
import org.medsoc.kernel.messaging.Topics;
import org.medsoc.testsupport.Http;
import org.medsoc.testsupport.TestInfrastructure;
import org.medsoc.testsupport.TopicReader;

/** A resident builds a mentor team over REST. */
class MentorshipApiTest extends MemberServiceTestBase {

  @Test
  void a_mentee_asks_the_mentor_accepts_they_check_in_and_the_team_shows_it() {
    Person mentee = person("Okafor", "PGY2");
    Person mentor = person("Patel", "ATTENDING");
    Person stranger = person("Stone", "PGY1");

    Http.Response asked =
        mentee
            .http()
            .post(
                "/mentorships",
                Map.of(
                    "mentorId",
                    mentor.id(),
                    "type",
                    "RESEARCH",
                    "ask",
                    "help designing a QI study",
                    "firstStep",
                    "a 20-minute meeting at the annual meeting"));
    assertThat(asked.status()).isEqualTo(201);
    String id = asked.text("mentorshipId");

    assertThat(
            mentee.http().post("/mentorships/" + id + "/answer", Map.of("accept", true)).status())
        .as("the mentee does not accept for the mentor")
        .isEqualTo(403);
    assertThat(stranger.http().get("/mentorships/" + id).status()).isEqualTo(403);
    assertThat(stranger.http().post("/mentorships/" + id + "/end", Map.of("reason", "x")).status())
        .isEqualTo(403);
    expect(mentor.http().post("/mentorships/" + id + "/answer", Map.of("accept", true)), 204);
    expect(
        mentee
            .http()
            .post(
                "/mentorships/" + id + "/check-ins",
                Map.of(
                    "heldOn",
                    LocalDate.now().toString(),
                    "agenda",
                    "study protocol",
                    "agreedNextSteps",
                    "IRB draft by March")),
        204);

    await()
        .atMost(Duration.ofSeconds(10))
        .untilAsserted(
            () -> {
              Http.Response team = mentee.http().get("/members/" + mentee.id() + "/mentor-team");
              assertThat(team.status()).isEqualTo(200);
              assertThat(team.body().at("/0/mentorId").asText()).isEqualTo(mentor.id());
              assertThat(team.body().at("/0/checkIns").asInt()).isEqualTo(1);
              assertThat(team.body().at("/0/lastAgreedNextSteps").asText())
                  .isEqualTo("IRB draft by March");
            });
    assertThat(stranger.http().get("/members/" + mentee.id() + "/mentor-team").status())
        .isEqualTo(403);
    JsonNode seenByStaff = http.get("/mentorships/" + id).body();
    assertThat(seenByStaff.path("checkIns").asInt()).as("staff read the facts").isEqualTo(1);
    assertThat(seenByStaff.toString())
        .as("never the two people's words")
        .doesNotContain("help designing a QI study", "IRB draft by March", "20-minute");
    assertThat(http.get("/members/" + mentee.id() + "/mentor-team").body().toString())
        .contains(mentor.id())
        .doesNotContain("IRB draft by March");
    assertThat(mentor.http().get("/mentorships/" + id).body().path("ask").asText())
        .isEqualTo("help designing a QI study");

    long before = store.eventCount();
    assertThat(
            mentee
                .http()
                .post(
                    "/mentorships",
                    Map.of(
                        "mentorId", mentee.id(), "type", "CAREER", "ask", "me", "firstStep", "me"))
                .status())
        .isEqualTo(400);
    assertThat(store.eventCount()).isEqualTo(before);
  }

  @Test
  void every_step_of_a_mentorship_reaches_the_audit_with_its_parties_and_never_their_words() {
    Person mentee = person("Adeyemi", "PGY3");
    Person mentor = person("Lindqvist", "ATTENDING");
    String id =
        mentee
            .http()
            .post(
                "/mentorships",
                Map.of(
                    "mentorId", mentor.id(),
                    "type", "CAREER",
                    "ask", "whether to apply for a nephrology fellowship",
                    "firstStep", "coffee after grand rounds"))
            .text("mentorshipId");
    expect(mentor.http().post("/mentorships/" + id + "/answer", Map.of("accept", true)), 204);
    LocalDate heldOn = LocalDate.now().minusDays(1);
    expect(
        mentor
            .http()
            .post(
                "/mentorships/" + id + "/check-ins",
                Map.of(
                    "heldOn", heldOn.toString(),
                    "agenda", "fellowship programmes",
                    "agreedNextSteps", "two programme directors to write to")),
        204);
    expect(
        mentee
            .http()
            .post("/mentorships/" + id + "/end", Map.of("reason", "matched in a programme")),
        204);

    IntegrationEventCodec codec = new IntegrationEventCodec();
    try (TopicReader topic =
        new TopicReader(TestInfrastructure.kafkaBootstrapServers(), Topics.MENTORSHIPS)) {
      topic.await(r -> id.equals(r.key()) && r.value().contains("ENDED"), Duration.ofSeconds(15));
      List<MentorshipStepRecorded> steps = new ArrayList<>();
      for (var record : topic.seen(r -> id.equals(r.key()))) {
        assertThat(record.value())
            .doesNotContain("nephrology fellowship", "fellowship programmes", "matched in");
        steps.add(codec.payload(codec.decode(record.value()), MentorshipStepRecorded.class));
      }
      assertThat(steps)
          .extracting(MentorshipStepRecorded::step)
          .containsExactly(
              MentorshipStepRecorded.Step.REQUESTED,
              MentorshipStepRecorded.Step.ACCEPTED,
              MentorshipStepRecorded.Step.CHECKED_IN,
              MentorshipStepRecorded.Step.ENDED);
      assertThat(steps).allSatisfy(step -> assertThat(step.menteeId()).isEqualTo(mentee.id()));
      assertThat(steps).allSatisfy(step -> assertThat(step.mentorId()).isEqualTo(mentor.id()));
      assertThat(steps)
          .extracting(MentorshipStepRecorded::actingMemberId)
          .containsExactly(mentee.id(), mentor.id(), mentor.id(), mentee.id());
      assertThat(steps.get(0).type()).isEqualTo("CAREER");
      assertThat(steps.get(2).heldOn()).isEqualTo(heldOn);
    }
  }

  @Test
  void the_mentor_finds_a_request_in_their_inbox_and_the_next_check_in_falls_due_quarterly() {
    Person mentee = person("Haddad", "PGY1");
    Person mentor = person("Moreau", "ATTENDING");
    Person declining = person("Nakamura", "ATTENDING");
    String asked =
        mentee
            .http()
            .post(
                "/mentorships",
                Map.of(
                    "mentorId", mentor.id(),
                    "type", "CAREER",
                    "ask", "choosing between cardiology and nephrology",
                    "firstStep", "thirty minutes after clinic"))
            .text("mentorshipId");
    String refused =
        mentee
            .http()
            .post(
                "/mentorships",
                Map.of(
                    "mentorId", declining.id(),
                    "type", "RESEARCH",
                    "ask", "a first research project",
                    "firstStep", "a call"))
            .text("mentorshipId");
    await()
        .atMost(Duration.ofSeconds(10))
        .untilAsserted(
            () -> {
              var inbox = mentor.http().get("/members/" + mentor.id() + "/mentorships").body();
              assertThat(inbox.at("/0/mentorshipId").asText()).isEqualTo(asked);
              assertThat(inbox.at("/0/status").asText()).isEqualTo("REQUESTED");
              assertThat(inbox.at("/0/ask").asText())
                  .isEqualTo("choosing between cardiology and nephrology");
            });
    assertThat(mentee.http().get("/members/" + mentor.id() + "/mentorships").status())
        .as("nobody reads another's inbox")
        .isEqualTo(403);

    expect(mentor.http().post("/mentorships/" + asked + "/answer", Map.of("accept", true)), 204);
    expect(
        declining
            .http()
            .post(
                "/mentorships/" + refused + "/answer",
                Map.of("accept", false, "reason", "on sabbatical this year")),
        204);
    LocalDate today = LocalDate.now(java.time.ZoneOffset.UTC);
    await()
        .atMost(Duration.ofSeconds(10))
        .untilAsserted(
            () -> {
              var mine = mentee.http().get("/members/" + mentee.id() + "/mentorships").body();
              assertThat(mine).hasSize(2);
              for (var m : mine) {
                if (m.path("mentorshipId").asText().equals(asked)) {
                  assertThat(m.path("status").asText()).isEqualTo("ACTIVE");
                  assertThat(m.path("nextCheckInDue").asText())
                      .isEqualTo(today.plusMonths(3).toString());
                } else {
                  assertThat(m.path("status").asText()).isEqualTo("DECLINED");
                  assertThat(m.path("declineReason").asText()).isEqualTo("on sabbatical this year");
                  assertThat(m.has("nextCheckInDue")).isFalse();
                }
              }
            });
    LocalDate heldOn = today.minusDays(2);
    expect(
        mentee
            .http()
            .post(
                "/mentorships/" + asked + "/check-ins",
                Map.of("heldOn", heldOn.toString(), "agenda", "electives")),
        204);
    await()
        .atMost(Duration.ofSeconds(10))
        .untilAsserted(
            () ->
                assertThat(
                        mentor
                            .http()
                            .get("/members/" + mentor.id() + "/mentorships")
                            .body()
                            .at("/0/nextCheckInDue")
                            .asText())
                    .isEqualTo(heldOn.plusMonths(3).toString()));
  }

  @Test
  void a_speed_mentoring_suggestion_turns_into_a_request_linked_to_it() {
    Person trainee = person("Suggested", "PGY1");
    Person mentor = person("Suggesting", "ATTENDING");
    String pairId = "session-" + java.util.UUID.randomUUID() + ":" + trainee.id();
    IntegrationEventCodec codec = new IntegrationEventCodec();
    try (org.medsoc.testsupport.TopicWriter writer =
        new org.medsoc.testsupport.TopicWriter(TestInfrastructure.kafkaBootstrapServers())) {
      writer.send(
          Topics.MENTORING_PAIRS,
          pairId,
          codec.encode(
              codec.wrap(
                  new org.medsoc.kernel.contracts.events.MentoringPairProposed(
                      pairId,
                      "conference-1",
                      "society-1",
                      trainee.id(),
                      mentor.id(),
                      java.util.Set.of("dialysis"),
                      LocalDate.now()),
                  java.util.UUID.randomUUID(),
                  java.time.Instant.now(),
                  org.medsoc.kernel.messaging.ActingPrincipal.system("events-service"),
                  null,
                  "c",
                  "c")));
    }
    String suggestions = "/members/" + trainee.id() + "/mentorship-suggestions";
    await()
        .atMost(Duration.ofSeconds(20))
        .untilAsserted(
            () ->
                assertThat(trainee.http().get(suggestions).body().at("/0/pairId").asText())
                    .isEqualTo(pairId));

    Map<String, Object> asked =
        Map.of(
            "mentorId", mentor.id(),
            "type", "CAREER",
            "ask", "we met at speed mentoring: may we continue?",
            "firstStep", "a call next month",
            "suggestionId", pairId);
    Person other = person("Other", "ATTENDING");
    long before = store.eventCount();
    Http.Response wrongMentor =
        trainee
            .http()
            .post(
                "/mentorships",
                Map.of(
                    "mentorId", other.id(),
                    "type", "CAREER",
                    "ask", "x",
                    "firstStep", "y",
                    "suggestionId", pairId));
    assertThat(wrongMentor.status()).isEqualTo(400);
    assertThat(wrongMentor.body().at("/errors/0/field").asText()).isEqualTo("suggestionId");
    assertThat(store.eventCount()).as("a refused request stores nothing").isEqualTo(before);
    String id =
        expect(trainee.http().post("/mentorships", asked), 201).path("mentorshipId").asText();
    await()
        .atMost(Duration.ofSeconds(10))
        .untilAsserted(
            () -> {
              assertThat(trainee.http().get(suggestions).body().at("/0/mentorshipId").asText())
                  .isEqualTo(id);
              assertThat(
                      trainee
                          .http()
                          .get("/members/" + trainee.id() + "/mentorships")
                          .body()
                          .at("/0/suggestionId")
                          .asText())
                  .isEqualTo(pairId);
            });
  }
}
