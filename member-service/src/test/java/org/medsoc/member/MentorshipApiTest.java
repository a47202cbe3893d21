package org.medsoc.member;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.medsoc.testsupport.Http;

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
}
