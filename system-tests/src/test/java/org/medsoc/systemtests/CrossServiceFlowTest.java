package org.medsoc.systemtests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.medsoc.testsupport.Http;
import org.medsoc.testsupport.StoredDeadlines;
import org.medsoc.testsupport.TestInfrastructure;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The three services, each with its own database, talking only through a real Kafka broker. Facts
 * about memberships reach committee-service and events-service from member-service's event store,
 * never from its database.
 */
class CrossServiceFlowTest {

  private final RunningPlatform platform = RunningPlatform.get();
  private final ConfigurableApplicationContext member = platform.member;
  private final ConfigurableApplicationContext committee = platform.committee;
  private final ConfigurableApplicationContext events = platform.events;

  @Test
  void every_service_reports_its_health_and_publishes_its_openapi_document() {
    for (ConfigurableApplicationContext service : List.of(member, committee, events)) {
      Http http = RunningPlatform.http(service);
      Http.Response health = http.get("/actuator/health");
      assertThat(health.status()).isEqualTo(200);
      assertThat(health.text("status")).isEqualTo("UP");
      Http.Response apiDocs = http.get("/v3/api-docs");
      assertThat(apiDocs.status()).isEqualTo(200);
      assertThat(apiDocs.text("openapi")).startsWith("3.");
      assertThat(apiDocs.body().path("paths").size()).isPositive();
    }
  }

  @Test
  void
      an_activated_membership_an_appointment_and_a_lapse_flow_between_the_services_through_kafka() {
    Http members = http(member);
    String societyId =
        members
            .post(
                "/societies", Map.of("name", "American Academy of Pediatrics", "kind", "SPECIALTY"))
            .text("societyId");
    String memberId =
        members
            .post(
                "/members",
                Map.of(
                    "profile",
                    Map.of(
                        "givenName",
                        "Lena",
                        "familyName",
                        "Hart",
                        "institution",
                        "Children's Hospital",
                        "email",
                        "lena.hart@example.org"),
                    "trainingLevel",
                    "PGY1"))
            .text("memberId");
    assertThat(
            members
                .post(
                    "/members/" + memberId + "/memberships",
                    Map.of("societyId", societyId, "category", "RESIDENT_FELLOW_IN_TRAINING"))
                .status())
        .isEqualTo(201);
    assertThat(
            members
                .post(
                    "/members/" + memberId + "/memberships/" + societyId + "/approval",
                    Map.of(
                        "paidThrough",
                        LocalDate.now().plusMonths(1).toString(),
                        "dues",
                        Map.of("amount", 0, "currency", "USD")))
                .status())
        .isEqualTo(204);

    for (ConfigurableApplicationContext consumer : List.of(committee, events)) {
      await()
          .atMost(Duration.ofSeconds(20))
          .untilAsserted(
              () -> {
                JsonNode view = http(consumer).get("/member-eligibility/" + memberId).body();
                assertThat(view.at("/0/status").asText()).isEqualTo("ACTIVE");
                assertThat(view.at("/0/category").asText())
                    .isEqualTo("RESIDENT_FELLOW_IN_TRAINING");
                assertThat(view.at("/0/trainingLevel").asText()).isEqualTo("PGY1");
                assertThat(view.at("/0/societyId").asText()).isEqualTo(societyId);
              });
    }

    // Appointed to a committee in committee-service: the seat appears on the professional record
    // member-service keeps, through the record.achievements topic.
    String committeeId =
        http(committee)
            .post(
                "/societies/" + societyId + "/committees",
                Map.of(
                    "name",
                    "Section on Residents",
                    "seatPlan",
                    Map.of("TRAINEE_REPRESENTATIVE", 1),
                    "defaultTermYears",
                    1))
            .text("committeeId");
    assertThat(
            http(committee)
                .post(
                    "/committees/" + committeeId + "/appointments",
                    Map.of(
                        "memberId",
                        memberId,
                        "role",
                        "TRAINEE_REPRESENTATIVE",
                        "termStart",
                        LocalDate.now().toString(),
                        "termEnd",
                        LocalDate.now().plusYears(1).toString()))
                .status())
        .isEqualTo(201);
    await()
        .atMost(Duration.ofSeconds(20))
        .untilAsserted(
            () ->
                assertThat(
                        http(member)
                            .get("/members/" + memberId + "/record")
                            .body()
                            .at("/0/title")
                            .asText())
                    .isEqualTo("trainee representative, Section on Residents"));

    // The month and the grace period pass: bring the stored lapse deadline due.
    StoredDeadlines.bringAllDue(member.getBean(DataSource.class));

    for (ConfigurableApplicationContext consumer : List.of(committee, events)) {
      await()
          .atMost(Duration.ofSeconds(20))
          .untilAsserted(
              () ->
                  assertThat(
                          http(consumer)
                              .get("/member-eligibility/" + memberId)
                              .body()
                              .at("/0/status")
                              .asText())
                      .isEqualTo("LAPSED"));
    }
    // Lapsed in member-service, so committee-service now refuses to seat them.
    String secondCommittee =
        http(committee)
            .post(
                "/societies/" + societyId + "/committees",
                Map.of(
                    "name",
                    "Quality and Safety",
                    "seatPlan",
                    Map.of("TRAINEE_REPRESENTATIVE", 1),
                    "defaultTermYears",
                    1))
            .text("committeeId");
    Http.Response blocked =
        http(committee)
            .post(
                "/committees/" + secondCommittee + "/appointments",
                Map.of(
                    "memberId",
                    memberId,
                    "role",
                    "TRAINEE_REPRESENTATIVE",
                    "termStart",
                    LocalDate.now().plusMonths(2).toString(),
                    "termEnd",
                    LocalDate.now().plusYears(2).toString()));
    assertThat(blocked.status()).isEqualTo(409);
    assertThat(blocked.body().at("/errors/0/field").asText()).isEqualTo("memberId");
  }

  @Test
  void a_sponsors_nomination_for_an_award_comes_back_to_the_sponsorship_with_its_outcome() {
    String run = String.valueOf(System.nanoTime());
    Http members = http(member);
    String societyId =
        members
            .post(
                "/societies",
                Map.of(
                    "name", "Society for Investigative Dermatology " + run, "kind", "SUBSPECIALTY"))
            .text("societyId");
    String sponsorLogin = "sponsor-" + run;
    String protegeLogin = "protege-" + run;
    String sponsorId = Members.active(member, sponsorLogin, "Sam", "ATTENDING", "FULL", societyId);
    String protegeId =
        Members.active(
            member, protegeLogin, "Priya", "PGY3", "RESIDENT_FELLOW_IN_TRAINING", societyId);
    Http sponsor =
        RunningPlatform.http(member).as(TestInfrastructure.identity().member(sponsorLogin));
    String sponsorshipId =
        sponsor
            .post("/sponsorships", Map.of("protegeId", protegeId, "goals", "a national award"))
            .text("sponsorshipId");

    Http staff = http(committee);
    String awardCommittee =
        staff
            .post(
                "/societies/" + societyId + "/committees",
                Map.of(
                    "name",
                    "Awards Committee",
                    "seatPlan",
                    Map.of("MEMBER", 5),
                    "defaultTermYears",
                    3,
                    "awardCommittee",
                    true))
            .text("committeeId");
    String callId =
        staff
            .post(
                "/committees/" + awardCommittee + "/calls",
                Map.of(
                    "purpose",
                    "AWARD",
                    "title",
                    "Young Investigator Award",
                    "opensOn",
                    LocalDate.now().toString(),
                    "closesOn",
                    LocalDate.now().plusDays(30).toString()))
            .text("callId");
    // committee-service knows both logins only once member-service's facts have reached it.
    for (String memberId : List.of(sponsorId, protegeId)) {
      await()
          .atMost(Duration.ofSeconds(20))
          .untilAsserted(
              () ->
                  assertThat(
                          staff
                              .get("/member-eligibility/" + memberId)
                              .body()
                              .at("/0/status")
                              .asText())
                      .isEqualTo("ACTIVE"));
    }
    String nominationId =
        Nominations.selected(
            committee,
            callId,
            sponsorLogin,
            protegeLogin,
            Map.of(
                "nomineeId",
                protegeId,
                "statement",
                "Three first-author papers as a resident",
                "sponsorshipId",
                sponsorshipId),
            "outstanding research record");

    // member-service linked the nomination to the sponsorship and recorded what came of it.
    await()
        .atMost(Duration.ofSeconds(30))
        .untilAsserted(
            () -> {
              JsonNode actions =
                  sponsor.get("/sponsorships/" + sponsorshipId).body().path("actions");
              JsonNode nomination = null;
              for (JsonNode action : actions) {
                if (nominationId.equals(action.path("actionId").asText())) {
                  nomination = action;
                }
              }
              assertThat(nomination).as(actions.toString()).isNotNull();
              assertThat(nomination.path("kind").asText()).isEqualTo("NOMINATION");
              assertThat(nomination.path("roleKind").asText()).isEqualTo("AWARD");
              assertThat(nomination.path("target").asText()).isEqualTo("Young Investigator Award");
              assertThat(nomination.path("outcome").asText()).isEqualTo("AWARDED");
            });
    await()
        .atMost(Duration.ofSeconds(20))
        .untilAsserted(
            () ->
                assertThat(
                        members
                            .get("/members/" + protegeId + "/record")
                            .body()
                            .findValuesAsText("kind"))
                    .contains("AWARD"));
  }

  @Test
  void a_selected_talk_nomination_becomes_a_speaker_invitation_and_the_talk_reaches_the_record() {
    String run = String.valueOf(System.nanoTime());
    String societyId =
        http(member)
            .post(
                "/societies",
                Map.of("name", "Society of Hospital Medicine " + run, "kind", "SPECIALTY"))
            .text("societyId");
    String nominatorLogin = "talk-nominator-" + run;
    String speakerLogin = "talk-speaker-" + run;
    String nominatorId =
        Members.active(member, nominatorLogin, "Nora", "ATTENDING", "FULL", societyId);
    String speakerId =
        Members.active(
            member, speakerLogin, "Sid", "PGY3", "RESIDENT_FELLOW_IN_TRAINING", societyId);

    // The conference runs today in UTC, so its first session has started when the talk is recorded.
    LocalDate today = LocalDate.now(java.time.ZoneOffset.UTC);
    Http eventsStaff = http(events);
    String conferenceId =
        eventsStaff
            .post(
                "/societies/" + societyId + "/conferences",
                Map.of(
                    "name",
                    "Hospital Medicine " + run,
                    "startDate",
                    today.toString(),
                    "endDate",
                    today.plusDays(1).toString(),
                    "timeZone",
                    "UTC",
                    "capacity",
                    100,
                    "fees",
                    Map.of("MEMBER_TRAINEE", 0, "MEMBER", 300, "NON_MEMBER", 600),
                    "currency",
                    "USD"))
            .text("conferenceId");

    Http committeeStaff = http(committee);
    String committeeId =
        committeeStaff
            .post(
                "/societies/" + societyId + "/committees",
                Map.of(
                    "name",
                    "Programme Committee",
                    "seatPlan",
                    Map.of("MEMBER", 4),
                    "defaultTermYears",
                    2))
            .text("committeeId");
    String callId =
        committeeStaff
            .post(
                "/committees/" + committeeId + "/calls",
                Map.of(
                    "purpose",
                    "TALK",
                    "title",
                    "Resident plenary talk",
                    "opensOn",
                    today.toString(),
                    "closesOn",
                    today.plusDays(10).toString(),
                    "conferenceId",
                    conferenceId))
            .text("callId");
    for (String memberId : List.of(nominatorId, speakerId)) {
      await()
          .atMost(Duration.ofSeconds(20))
          .untilAsserted(
              () ->
                  assertThat(
                          committeeStaff
                              .get("/member-eligibility/" + memberId)
                              .body()
                              .at("/0/status")
                              .asText())
                      .isEqualTo("ACTIVE"));
    }
    String nominationId =
        Nominations.selected(
            committee,
            callId,
            nominatorLogin,
            speakerLogin,
            Map.of("nomineeId", speakerId, "statement", "Her sepsis QI work deserves a stage"),
            "strongest nomination");

    // events-service turned the selection into an invitation to speak, named by the nomination.
    Http speakerAtEvents =
        RunningPlatform.http(events).as(TestInfrastructure.identity().member(speakerLogin));
    await()
        .atMost(Duration.ofSeconds(30))
        .untilAsserted(
            () -> {
              JsonNode invitations =
                  speakerAtEvents.get("/members/" + speakerId + "/speaker-invitations").body();
              assertThat(invitations.at("/0/invitationId").asText()).isEqualTo(nominationId);
              assertThat(invitations.at("/0/topic").asText()).isEqualTo("Resident plenary talk");
            });
    assertThat(
            speakerAtEvents
                .post(
                    "/conferences/"
                        + conferenceId
                        + "/speaker-invitations/"
                        + nominationId
                        + "/answer",
                    Map.of("accept", true))
                .status())
        .isEqualTo(204);
    String sessionId =
        eventsStaff
            .post(
                "/conferences/" + conferenceId + "/sessions",
                Map.of(
                    "kind", "TALK",
                    "title", "Resident plenary: sepsis QI",
                    "start", today.atTime(0, 0).toString(),
                    "end", today.atTime(0, 30).toString(),
                    "room", "Hall A"))
            .text("sessionId");
    assertThat(
            eventsStaff
                .post(
                    "/conferences/" + conferenceId + "/sessions/" + sessionId + "/speakers",
                    Map.of("invitationId", nominationId))
                .status())
        .isEqualTo(204);
    assertThat(
            eventsStaff
                .post(
                    "/conferences/" + conferenceId + "/sessions/" + sessionId + "/talks-given",
                    Map.of("memberId", speakerId))
                .status())
        .isEqualTo(204);

    await()
        .atMost(Duration.ofSeconds(30))
        .untilAsserted(
            () -> {
              JsonNode record = http(member).get("/members/" + speakerId + "/record").body();
              assertThat(record.findValuesAsText("kind")).contains("TALK");
              assertThat(record.findValuesAsText("title")).contains("Resident plenary: sepsis QI");
            });

    // The audit follows the nomination through events-service to the talk on the record.
    Http auditor =
        RunningPlatform.http(platform.audit)
            .as(
                TestInfrastructure.identity()
                    .token("auditor-talk-" + run, List.of("AUDITOR"), List.of()));
    await()
        .atMost(Duration.ofSeconds(30))
        .untilAsserted(
            () -> {
              List<String> story = new java.util.ArrayList<>();
              auditor
                  .get("/audit/nominations/" + nominationId + "/timeline")
                  .body()
                  .forEach(a -> story.add(a.path("kind").asText() + " " + a.path("step").asText()));
              assertThat(story)
                  .containsSubsequence(
                      "NOMINATION SUBMITTED",
                      "NOMINATION SELECTED",
                      "SPEAKER INVITED",
                      "SPEAKER ACCEPTED",
                      "SPEAKER ASSIGNED",
                      "SPEAKER TALK_GIVEN")
                  .contains("ACHIEVEMENT TALK");
            });
  }

  @Test
  void a_speed_mentoring_pair_is_offered_to_the_trainee_in_member_service_and_owes_a_follow_up() {
    String run = String.valueOf(System.nanoTime());
    String societyId =
        http(member)
            .post("/societies", Map.of("name", "Academy of Pediatrics " + run, "kind", "SPECIALTY"))
            .text("societyId");
    String traineeLogin = "sm-trainee-" + run;
    String mentorLogin = "sm-mentor-" + run;
    String traineeId =
        Members.active(
            member, traineeLogin, "Tia", "PGY1", "RESIDENT_FELLOW_IN_TRAINING", societyId);
    String mentorId = Members.active(member, mentorLogin, "Mo", "ATTENDING", "FULL", societyId);
    LocalDate day = LocalDate.now(java.time.ZoneOffset.UTC).plusDays(10);
    Http staff = http(events);
    String conferenceId =
        staff
            .post(
                "/societies/" + societyId + "/conferences",
                Map.of(
                    "name",
                    "Pediatrics " + run,
                    "startDate",
                    day.toString(),
                    "endDate",
                    day.toString(),
                    "timeZone",
                    "Europe/Berlin",
                    "capacity",
                    10,
                    "fees",
                    Map.of("MEMBER_TRAINEE", 0, "MEMBER", 100, "NON_MEMBER", 200),
                    "currency",
                    "EUR"))
            .text("conferenceId");
    String sessionId =
        staff
            .post(
                "/conferences/" + conferenceId + "/sessions",
                Map.of(
                    "kind",
                    "SPEED_MENTORING",
                    "title",
                    "Speed-mentoring for residents",
                    "start",
                    day.atTime(16, 0).toString(),
                    "end",
                    day.atTime(17, 0).toString(),
                    "capacity",
                    5))
            .text("sessionId");
    for (String login : List.of(traineeLogin, mentorLogin)) {
      Http attendee = RunningPlatform.http(events).as(TestInfrastructure.identity().member(login));
      await()
          .atMost(Duration.ofSeconds(20))
          .until(
              () ->
                  attendee
                          .post("/conferences/" + conferenceId + "/registrations", Map.of())
                          .status()
                      == 201);
      Http.Response joined =
          attendee.post(
              "/conferences/" + conferenceId + "/sessions/" + sessionId + "/speed-mentoring",
              Map.of(
                  "role",
                  login.equals(traineeLogin) ? "TRAINEE" : "MENTOR",
                  "interests",
                  List.of("neonatology", login)));
      assertThat(joined.status()).as(joined.toString()).isEqualTo(204);
    }
    assertThat(
            staff
                .post(
                    "/conferences/" + conferenceId + "/sessions/" + sessionId + "/pairing",
                    Map.of())
                .status())
        .isEqualTo(204);

    Http trainee =
        RunningPlatform.http(member).as(TestInfrastructure.identity().member(traineeLogin));
    await()
        .atMost(Duration.ofSeconds(30))
        .untilAsserted(
            () -> {
              JsonNode suggestions =
                  trainee.get("/members/" + traineeId + "/mentorship-suggestions").body();
              assertThat(suggestions.at("/0/mentorId").asText()).isEqualTo(mentorId);
              assertThat(suggestions.at("/0/sharedInterests/0").asText()).isEqualTo("neonatology");
            });
    Http traineeAtEvents =
        RunningPlatform.http(events).as(TestInfrastructure.identity().member(traineeLogin));
    await()
        .atMost(Duration.ofSeconds(30))
        .untilAsserted(
            () -> {
              JsonNode meetings =
                  traineeAtEvents.get("/members/" + traineeId + "/meeting-requests").body();
              assertThat(meetings.at("/0/inviteeId").asText()).isEqualTo(mentorId);
              assertThat(meetings.at("/0/status").asText()).isEqualTo("HELD");
              assertThat(meetings.at("/0/followUp").asText()).isEqualTo("DUE");
              assertThat(meetings.at("/0/followUpDueBy").asText())
                  .isEqualTo(day.plusDays(7).toString());
            });
  }

  private static Http http(ConfigurableApplicationContext context) {
    return RunningPlatform.http(context).as(TestInfrastructure.identity().platformStaff());
  }
}
