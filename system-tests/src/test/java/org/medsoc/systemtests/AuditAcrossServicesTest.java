package org.medsoc.systemtests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.medsoc.testsupport.Http;
import org.medsoc.testsupport.TestInfrastructure;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The audit's as-of questions on a story that crosses all three services through the broker: a
 * sponsorship in member-service, the sponsor's nomination and the appointment from it in
 * committee-service, a talk in events-service, each fact read by audit-service from Kafka.
 */
class AuditAcrossServicesTest {

  private final RunningPlatform platform = RunningPlatform.get();

  @Test
  void the_audit_answers_who_nominated_whom_and_what_came_of_it_across_the_services() {
    String run = String.valueOf(System.nanoTime());
    LocalDate today = LocalDate.now(ZoneOffset.UTC);
    Http memberStaff = staff(platform.member);
    String societyId =
        memberStaff
            .post("/societies", Map.of("name", "College of Physicians " + run, "kind", "SPECIALTY"))
            .text("societyId");
    String sponsorLogin = "audit-sponsor-" + run;
    String protegeLogin = "audit-protege-" + run;
    String sponsorId =
        Members.active(platform.member, sponsorLogin, "Pat", "ATTENDING", "FULL", societyId);
    String protegeId =
        Members.active(
            platform.member, protegeLogin, "Pat", "PGY2", "RESIDENT_FELLOW_IN_TRAINING", societyId);
    String sponsorshipId =
        as(platform.member, sponsorLogin)
            .post("/sponsorships", Map.of("protegeId", protegeId, "goals", "a national committee"))
            .text("sponsorshipId");

    Http committeeStaff = staff(platform.committee);
    String committeeId =
        committeeStaff
            .post(
                "/societies/" + societyId + "/committees",
                Map.of(
                    "name",
                    "Council of Residents",
                    "seatPlan",
                    Map.of("TRAINEE_REPRESENTATIVE", 1),
                    "defaultTermYears",
                    1))
            .text("committeeId");
    String callId =
        committeeStaff
            .post(
                "/committees/" + committeeId + "/calls",
                Map.of(
                    "purpose", "COMMITTEE_SEAT",
                    "title", "Resident representative",
                    "roles", List.of("TRAINEE_REPRESENTATIVE"),
                    "opensOn", today.toString(),
                    "closesOn", today.plusDays(20).toString()))
            .text("callId");
    for (String memberId : List.of(sponsorId, protegeId)) {
      await()
          .atMost(Duration.ofSeconds(20))
          .until(
              () ->
                  committeeStaff
                      .get("/member-eligibility/" + memberId)
                      .body()
                      .at("/0/status")
                      .asText()
                      .equals("ACTIVE"));
    }
    String nominationId =
        Nominations.selected(
            platform.committee,
            callId,
            sponsorLogin,
            protegeLogin,
            Map.of(
                "nomineeId",
                protegeId,
                "role",
                "TRAINEE_REPRESENTATIVE",
                "statement",
                "Leads our QI curriculum",
                "sponsorshipId",
                sponsorshipId),
            "clear track record");
    Http.Response appointed =
        committeeStaff.post(
            "/calls/" + callId + "/submissions/" + nominationId + "/appointment",
            Map.of("termStart", today.toString()));
    assertThat(appointed.status()).as(appointed.toString()).isEqualTo(201);

    Http eventsStaff = staff(platform.events);
    String conferenceId =
        eventsStaff
            .post(
                "/societies/" + societyId + "/conferences",
                Map.of(
                    "name",
                    "Internal Medicine " + run,
                    "startDate",
                    today.toString(),
                    "endDate",
                    today.toString(),
                    "timeZone",
                    "UTC",
                    "capacity",
                    50,
                    "fees",
                    Map.of("MEMBER_TRAINEE", 0, "MEMBER", 1, "NON_MEMBER", 2),
                    "currency",
                    "USD"))
            .text("conferenceId");
    String invitationId =
        eventsStaff
            .post(
                "/conferences/" + conferenceId + "/speaker-invitations",
                Map.of("memberId", protegeId, "topic", "Resident QI"))
            .text("invitationId");
    await()
        .atMost(Duration.ofSeconds(20))
        .until(
            () ->
                as(platform.events, protegeLogin)
                        .post(
                            "/conferences/"
                                + conferenceId
                                + "/speaker-invitations/"
                                + invitationId
                                + "/answer",
                            Map.of("accept", true))
                        .status()
                    == 204);
    String sessionId =
        eventsStaff
            .post(
                "/conferences/" + conferenceId + "/sessions",
                Map.of(
                    "kind",
                    "TALK",
                    "title",
                    "Resident QI that lasts",
                    "start",
                    today.atTime(0, 0).toString(),
                    "end",
                    today.atTime(0, 20).toString()))
            .text("sessionId");
    eventsStaff.post(
        "/conferences/" + conferenceId + "/sessions/" + sessionId + "/speakers",
        Map.of("invitationId", invitationId));
    assertThat(
            eventsStaff
                .post(
                    "/conferences/" + conferenceId + "/sessions/" + sessionId + "/talks-given",
                    Map.of("memberId", protegeId))
                .status())
        .isEqualTo(204);

    Http auditor =
        RunningPlatform.http(platform.audit)
            .as(
                TestInfrastructure.identity()
                    .token("auditor-" + run, List.of("AUDITOR"), List.of()));
    await()
        .atMost(Duration.ofSeconds(40))
        .untilAsserted(
            () ->
                assertThat(
                        kindsAndSteps(
                            auditor.get("/audit/nominations/" + nominationId + "/timeline").body()))
                    .contains(
                        "NOMINATION SUBMITTED",
                        "SPONSORSHIP NOMINATED",
                        "NOMINATION ACCEPTED_BY_NOMINEE",
                        "NOMINATION SELECTED",
                        "SPONSORSHIP OUTCOME_RECORDED",
                        "APPOINTMENT APPOINTED",
                        "ACHIEVEMENT COMMITTEE_APPOINTMENT"));
    JsonNode timeline = auditor.get("/audit/nominations/" + nominationId + "/timeline").body();
    for (JsonNode action : timeline) {
      if (action.path("step").asText().equals("SELECTED")) {
        assertThat(action.path("reason").asText()).isEqualTo("clear track record");
        assertThat(action.path("actor").asText()).isEqualTo("staff-platform");
      }
      if (action.path("step").asText().equals("NOMINATED")) {
        // member-service linked it on behalf of whoever nominated in committee-service.
        assertThat(action.path("actor").asText()).isEqualTo("system:member-service");
        assertThat(action.path("onBehalfOf").asText()).isEqualTo(sponsorLogin);
      }
    }

    JsonNode roster =
        auditor.get("/audit/committees/" + committeeId + "/roster?asOf=" + today).body();
    assertThat(roster.at("/0/memberId").asText()).isEqualTo(protegeId);
    assertThat(roster.at("/0/source").asText()).isEqualTo("NOMINATION");
    assertThat(roster.at("/0/nominatorId").asText()).isEqualTo(sponsorId);
    assertThat(roster.at("/0/sponsorshipId").asText()).isEqualTo(sponsorshipId);
    assertThat(
            auditor
                .get("/audit/committees/" + committeeId + "/roster?asOf=" + today.minusDays(1))
                .body())
        .isEmpty();

    JsonNode sponsorActions =
        auditor
            .get(
                "/audit/sponsors/"
                    + sponsorId
                    + "/actions?from="
                    + today.minusDays(1)
                    + "&to="
                    + today.plusDays(1))
            .body();
    // The nomination counts as the sponsor's as member-service confirmed it under the sponsorship.
    assertThat(kindsAndSteps(sponsorActions.path("items")))
        .contains("SPONSORSHIP DECLARED", "SPONSORSHIP NOMINATED")
        .doesNotContain("NOMINATION SUBMITTED");

    await()
        .atMost(Duration.ofSeconds(30))
        .untilAsserted(
            () ->
                assertThat(
                        kindsAndSteps(
                            auditor
                                .get("/audit/members/" + protegeId + "/timeline")
                                .body()
                                .path("items")))
                    .contains("ACHIEVEMENT TALK", "ACHIEVEMENT COMMITTEE_APPOINTMENT"));
    JsonNode nominations = auditor.get("/audit/members/" + protegeId + "/nominations").body();
    assertThat(nominations.at("/items/0/nominationId").asText()).isEqualTo(nominationId);
    assertThat(nominations.at("/items/0/nominatorId").asText()).isEqualTo(sponsorId);

    // Staff of the society read the protégé's history; staff of another society do not.
    assertThat(
            RunningPlatform.http(platform.audit)
                .as(TestInfrastructure.identity().staffOf(societyId))
                .get("/audit/members/" + protegeId + "/timeline")
                .status())
        .isEqualTo(200);
    assertThat(
            RunningPlatform.http(platform.audit)
                .as(TestInfrastructure.identity().staffOf("another-" + run))
                .get("/audit/members/" + protegeId + "/timeline")
                .status())
        .isEqualTo(403);
    // Staff of the society see this committee; a member does not read the audit at all.
    assertThat(
            RunningPlatform.http(platform.audit)
                .as(TestInfrastructure.identity().staffOf(societyId))
                .get("/audit/committees/" + committeeId + "/roster")
                .status())
        .isEqualTo(200);
    assertThat(
            as(platform.audit, protegeLogin)
                .get("/audit/members/" + protegeId + "/nominations")
                .status())
        .isEqualTo(403);
  }

  private static List<String> kindsAndSteps(JsonNode actions) {
    List<String> lines = new ArrayList<>();
    actions.forEach(a -> lines.add(a.path("kind").asText() + " " + a.path("step").asText()));
    return lines;
  }

  private static Http staff(ConfigurableApplicationContext service) {
    return RunningPlatform.http(service).as(TestInfrastructure.identity().platformStaff());
  }

  private static Http as(ConfigurableApplicationContext service, String login) {
    return RunningPlatform.http(service).as(TestInfrastructure.identity().member(login));
  }
}
