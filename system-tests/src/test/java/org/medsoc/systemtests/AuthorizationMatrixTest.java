package org.medsoc.systemtests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.medsoc.testsupport.Http;
import org.medsoc.testsupport.TestIdentity;
import org.medsoc.testsupport.TestInfrastructure;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * For every endpoint of every service, read from the services' own OpenAPI documents, and for every
 * persona, the allow or deny of {@code authorization-matrix.csv} holds. An endpoint missing from
 * the table, or a row for an endpoint that no longer exists, fails the build.
 */
class AuthorizationMatrixTest {

  private record Rule(String service, String method, String path, Map<String, Boolean> allowed) {
    String key() {
      return service + " " + method + " " + path;
    }
  }

  private static final List<String> PERSONAS =
      List.of(
          "anonymous",
          "platform-staff",
          "society-staff",
          "other-staff",
          "owner",
          "member",
          "chair",
          "auditor",
          "other-chair",
          "candidate-chair");

  private static final RunningPlatform platform = RunningPlatform.get();
  private static final TestIdentity identity = TestInfrastructure.identity();
  private static final Map<String, String> fixture = new LinkedHashMap<>();
  private static final Map<String, String> tokens = new LinkedHashMap<>();

  @BeforeAll
  static void fixture() {
    String run = String.valueOf(System.nanoTime());
    Http staff = RunningPlatform.http(platform.member).as(identity.platformStaff());
    String societyId =
        staff
            .post("/societies", Map.of("name", "Matrix Society " + run, "kind", "SPECIALTY"))
            .text("societyId");
    String sectionId =
        staff
            .post("/societies/" + societyId + "/sections", Map.of("name", "Residents"))
            .text("sectionId");
    String committeeId =
        RunningPlatform.http(platform.committee)
            .as(identity.platformStaff())
            .post(
                "/societies/" + societyId + "/committees",
                Map.of(
                    "name",
                    "Matrix Committee",
                    "seatPlan",
                    Map.of("MEMBER", 2),
                    "defaultTermYears",
                    2))
            .text("committeeId");

    // The owner: an active resident of the fixture society, a side of the introduction, mentee of
    // the mentorship, protégé of the sponsorship, nominee of the nomination, registrant at the
    // conference and appointed to the committee.
    String ownerLogin = "matrix-owner-" + run;
    String memberId =
        Members.active(
            platform.member, ownerLogin, "Owen", "PGY2", "RESIDENT_FELLOW_IN_TRAINING", societyId);
    String otherLogin = "matrix-other-side-" + run;
    Http otherMember = RunningPlatform.http(platform.member).as(identity.member(otherLogin));
    String otherMemberId =
        otherMember
            .post(
                "/members",
                Map.of(
                    "profile",
                    Map.of(
                        "givenName",
                        "Olga",
                        "familyName",
                        "Side",
                        "institution",
                        "Test Hospital",
                        "email",
                        otherLogin + "@example.org"),
                    "trainingLevel",
                    "ATTENDING"))
            .text("memberId");
    // The introducer, who also nominates the owner: a member who speaks for themself.
    String introducerLogin = "matrix-introducer-" + run;
    Members.active(platform.member, introducerLogin, "Ian", "ATTENDING", "FULL", societyId);
    Http introducer = RunningPlatform.http(platform.member).as(identity.member(introducerLogin));
    // The candidate chair: chairs the committee and applies to its call.
    String candidateLogin = "matrix-candidate-chair-" + run;
    String candidateChairToken = identity.chair(candidateLogin, committeeId);
    Members.active(
        platform.member,
        candidateChairToken,
        candidateLogin,
        "Cara",
        "ATTENDING",
        "FULL",
        societyId);

    Http owner = RunningPlatform.http(platform.member).as(identity.member(ownerLogin));
    fixture.put(
        "introductionId",
        introducer
            .post(
                "/introductions",
                Map.of(
                    "firstMemberId",
                    memberId,
                    "secondMemberId",
                    otherMemberId,
                    "reason",
                    "both on the matrix"))
            .text("introductionId"));
    fixture.put(
        "mentorshipId",
        owner
            .post(
                "/mentorships",
                Map.of(
                    "mentorId",
                    otherMemberId,
                    "type",
                    "CAREER",
                    "ask",
                    "advice on fellowship applications",
                    "firstStep",
                    "a 20-minute call"))
            .text("mentorshipId"));
    String sponsorshipId =
        otherMember
            .post("/sponsorships", Map.of("protegeId", memberId, "goals", "a fellowship"))
            .text("sponsorshipId");
    fixture.put("sponsorshipId", sponsorshipId);
    fixture.put(
        "letterId",
        owner
            .post(
                "/sponsorships/" + sponsorshipId + "/letters",
                Map.of(
                    "purpose",
                    "fellowship",
                    "deadline",
                    LocalDate.now(ZoneOffset.UTC).plusWeeks(8).toString()))
            .text("letterId"));
    fixture.put("contactId", "no-such-contact");
    fixture.put("committeeId", committeeId);

    Http committeeStaff = RunningPlatform.http(platform.committee).as(identity.platformStaff());
    Http eventsStaff = RunningPlatform.http(platform.events).as(identity.platformStaff());
    Http auditStaff = RunningPlatform.http(platform.audit).as(identity.platformStaff());
    for (Http view : List.of(committeeStaff, eventsStaff, auditStaff)) {
      await()
          .atMost(Duration.ofSeconds(30))
          .until(() -> view.get("/member-eligibility/" + memberId).body().size() == 1);
    }
    String callId =
        committeeStaff
            .post(
                "/committees/" + committeeId + "/calls",
                Map.of(
                    "purpose",
                    "COMMITTEE_SEAT",
                    "title",
                    "Matrix call",
                    "roles",
                    List.of("MEMBER"),
                    "opensOn",
                    LocalDate.now(ZoneOffset.UTC).toString(),
                    "closesOn",
                    LocalDate.now(ZoneOffset.UTC).plusDays(10).toString()))
            .text("callId");
    fixture.put("callId", callId);
    Http candidateChair = RunningPlatform.http(platform.committee).as(candidateChairToken);
    String applicationId =
        awaitCreated(
                () ->
                    candidateChair.post(
                        "/calls/" + callId + "/applications",
                        Map.of("role", "MEMBER", "statement", "I would serve")))
            .text("applicationId");
    fixture.put("applicationId", applicationId);
    fixture.put("submissionId", applicationId);
    String nominationId =
        awaitCreated(
                () ->
                    RunningPlatform.http(platform.committee)
                        .as(identity.member(introducerLogin))
                        .post(
                            "/calls/" + callId + "/nominations",
                            Map.of(
                                "nomineeId",
                                memberId,
                                "role",
                                "MEMBER",
                                "statement",
                                "a steady resident")))
            .text("nominationId");
    fixture.put("nominationId", nominationId);
    fixture.put(
        "appointmentId",
        committeeStaff
            .post(
                "/committees/" + committeeId + "/appointments",
                Map.of(
                    "memberId",
                    memberId,
                    "role",
                    "MEMBER",
                    "termStart",
                    LocalDate.now(ZoneOffset.UTC).toString(),
                    "termEnd",
                    LocalDate.now(ZoneOffset.UTC).plusYears(1).toString()))
            .text("appointmentId"));

    String conferenceId =
        eventsStaff
            .post(
                "/societies/" + societyId + "/conferences",
                Map.of(
                    "name",
                    "Matrix Meeting",
                    "startDate",
                    LocalDate.now(ZoneOffset.UTC).plusDays(20).toString(),
                    "endDate",
                    LocalDate.now(ZoneOffset.UTC).plusDays(21).toString(),
                    "timeZone",
                    "UTC",
                    "capacity",
                    10,
                    "fees",
                    Map.of("MEMBER_TRAINEE", 0, "MEMBER", 1, "NON_MEMBER", 2),
                    "currency",
                    "USD"))
            .text("conferenceId");
    fixture.put("conferenceId", conferenceId);
    fixture.put(
        "registrationId",
        RunningPlatform.http(platform.events)
            .as(identity.member(ownerLogin))
            .post("/conferences/" + conferenceId + "/registrations", Map.of())
            .text("registrationId"));
    // The audit knows the committee (from the appointment) and the nomination.
    await()
        .atMost(Duration.ofSeconds(30))
        .until(
            () ->
                auditStaff.get("/audit/nominations/" + nominationId + "/timeline").status() == 200
                    && auditStaff.get("/audit/committees/" + committeeId + "/roster").status()
                        == 200);
    fixture.put("sessionId", "no-such-session");
    fixture.put("invitationId", "no-such-invitation");
    fixture.put("abstractId", "no-such-abstract");
    fixture.put("meetingId", "no-such-meeting");
    fixture.put("processingGroup", "integration-publisher");
    fixture.put("societyId", societyId);
    fixture.put("sectionId", sectionId);
    fixture.put("memberId", memberId);

    tokens.put("platform-staff", identity.platformStaff());
    tokens.put("society-staff", identity.staffOf(societyId));
    tokens.put("other-staff", identity.staffOf("another-society-" + run));
    tokens.put("owner", identity.member(ownerLogin));
    tokens.put("member", identity.member("matrix-member-" + run));
    tokens.put("chair", identity.chairOf(committeeId));
    tokens.put("other-chair", identity.chairOf("another-committee-" + run));
    tokens.put("auditor", identity.token("matrix-auditor-" + run, List.of("AUDITOR"), List.of()));
    tokens.put("candidate-chair", candidateChairToken);
  }

  /** committee-service hears of a new member's login through Kafka: retried until it has. */
  private static Http.Response awaitCreated(java.util.function.Supplier<Http.Response> call) {
    Http.Response[] created = new Http.Response[1];
    await()
        .atMost(Duration.ofSeconds(30))
        .until(
            () -> {
              created[0] = call.get();
              return created[0].status() == 201;
            });
    return created[0];
  }

  @Test
  void every_endpoint_has_a_rule_and_every_rule_an_endpoint() throws IOException {
    Set<String> documented = new TreeSet<>();
    platform
        .services()
        .forEach((service, context) -> documented.addAll(endpointsOf(service, context)));
    Set<String> ruled = new TreeSet<>();
    rules().forEach(rule -> ruled.add(rule.key()));

    assertThat(ruled)
        .as("rows in authorization-matrix.csv")
        .containsExactlyInAnyOrderElementsOf(documented);
  }

  @Test
  void every_persona_gets_exactly_the_access_the_matrix_gives() throws IOException {
    List<String> wrong = new ArrayList<>();
    for (Rule rule : rules()) {
      for (String persona : PERSONAS) {
        int status = call(rule, persona).status();
        boolean allowed = rule.allowed().get(persona);
        int expectedDenial = persona.equals("anonymous") ? 401 : 403;
        boolean ok = allowed ? status != 401 && status != 403 : status == expectedDenial;
        if (!ok) {
          wrong.add(
              "%s as %s: got %d, expected %s"
                  .formatted(
                      rule.key(),
                      persona,
                      status,
                      allowed ? "to pass authorization" : String.valueOf(expectedDenial)));
        }
      }
    }
    assertThat(wrong).isEmpty();
  }

  private static Http.Response call(Rule rule, String persona) {
    ConfigurableApplicationContext context = platform.services().get(rule.service());
    Http http = RunningPlatform.http(context);
    if (!persona.equals("anonymous")) {
      http = http.as(tokens.get(persona));
    }
    String path = rule.path();
    for (Map.Entry<String, String> value : fixture.entrySet()) {
      path = path.replace("{" + value.getKey() + "}", value.getValue());
    }
    return switch (rule.method()) {
      case "GET" -> http.get(path);
      case "POST" -> http.post(path, "{}");
      case "PUT" -> http.put(path, "{}");
      case "DELETE" -> http.delete(path);
      default -> throw new IllegalArgumentException(rule.method());
    };
  }

  private static Set<String> endpointsOf(String service, ConfigurableApplicationContext context) {
    JsonNode paths = RunningPlatform.http(context).get("/v3/api-docs").body().path("paths");
    Set<String> endpoints = new TreeSet<>();
    for (Iterator<Map.Entry<String, JsonNode>> it = paths.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> path = it.next();
      path.getValue()
          .fieldNames()
          .forEachRemaining(
              method -> endpoints.add(service + " " + method.toUpperCase() + " " + path.getKey()));
    }
    return endpoints;
  }

  private static List<Rule> rules() throws IOException {
    try (InputStream in =
        AuthorizationMatrixTest.class.getResourceAsStream("/authorization-matrix.csv")) {
      List<String> lines =
          new String(in.readAllBytes(), StandardCharsets.UTF_8)
              .lines()
              .filter(line -> !line.isBlank() && !line.startsWith("#"))
              .toList();
      List<String> header = List.of(lines.get(0).split(","));
      assertThat(header.subList(3, header.size())).containsExactlyElementsOf(PERSONAS);
      List<Rule> rules = new ArrayList<>();
      for (String line : lines.subList(1, lines.size())) {
        String[] cells = line.split(",");
        Map<String, Boolean> allowed = new LinkedHashMap<>();
        for (int i = 0; i < PERSONAS.size(); i++) {
          String cell = cells[3 + i].trim();
          assertThat(cell).as(line).isIn("allow", "deny");
          allowed.put(PERSONAS.get(i), cell.equals("allow"));
        }
        rules.add(new Rule(cells[0], cells[1], cells[2], allowed));
      }
      return rules;
    }
  }
}
