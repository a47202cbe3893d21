package org.medsoc.committee;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.medsoc.committee.call.command.CallReferences;
import org.medsoc.kernel.contracts.member.SponsorshipActionRecorded;
import org.medsoc.kernel.member.TrainingLevel;
import org.medsoc.kernel.messaging.ActingPrincipal;
import org.medsoc.kernel.messaging.IntegrationEvent;
import org.medsoc.kernel.messaging.IntegrationEventCodec;
import org.medsoc.kernel.messaging.Topics;
import org.medsoc.platform.eligibility.MemberEligibilityView;
import org.medsoc.testsupport.EventStoreProbe;
import org.medsoc.testsupport.Http;
import org.medsoc.testsupport.MembershipFact;
import org.medsoc.testsupport.StoredDeadlines;
import org.medsoc.testsupport.TestInfrastructure;
import org.medsoc.testsupport.TopicReader;
import org.medsoc.testsupport.TopicWriter;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * A call for volunteers over REST, from opening to appointment, with eligibility and logins fed
 * through a real broker, and the nominations published without their confidential statement.
 */
@SpringBootTest(
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    args = "--spring.config.name=" + CommitteeServiceApplication.CONFIG_NAME)
class CallApiTest {

  @DynamicPropertySource
  static void infrastructure(DynamicPropertyRegistry registry) {
    TestInfrastructure.register(registry, "call_api");
  }

  @LocalServerPort int port;
  @Autowired MemberEligibilityView eligibility;
  @Autowired DataSource dataSource;
  @Autowired org.springframework.context.ApplicationContext context;

  private final IntegrationEventCodec codec = new IntegrationEventCodec();
  private final String run = UUID.randomUUID().toString().substring(0, 8);
  private final String society = "society-" + run;
  private final String section = "residents-" + run;
  private final LocalDate today = LocalDate.now(ZoneOffset.UTC);

  private record Member(String id, String login) {
    Http http(int port) {
      return Http.onPort(port).as(TestInfrastructure.identity().member(login));
    }
  }

  private Member member(String name, TrainingLevel level, String... sections) {
    Member member = new Member("member-" + name + "-" + run, "login-" + name + "-" + run);
    tell(
        MembershipFact.approved(member.id(), society)
            .at(level)
            .paidThrough(today.plusYears(1))
            .inSections(sections)
            .version(3)
            .login(member.login())
            .build());
    await()
        .atMost(Duration.ofSeconds(20))
        .until(() -> eligibility.memberActingAs(member.login()).isPresent());
    return member;
  }

  /** member-service's fact that the sponsor sponsors the protégé, as committee-service hears it. */
  private String sponsorship(Member sponsor, Member protege) {
    String sponsorshipId = "sponsorship-" + UUID.randomUUID();
    tell(
        new SponsorshipActionRecorded(
            sponsorshipId,
            SponsorshipActionRecorded.Action.DECLARED,
            sponsor.id(),
            protege.id(),
            null,
            null,
            null,
            null,
            null,
            null,
            0));
    CallReferences references = context.getBean(CallReferences.class);
    await()
        .atMost(Duration.ofSeconds(20))
        .until(() -> references.sponsors(sponsorshipId, sponsor.id(), protege.id()));
    return sponsorshipId;
  }

  /** A fact of member-service's, on its topic, as committee-service hears it. */
  private void tell(IntegrationEvent fact) {
    try (TopicWriter writer = new TopicWriter(TestInfrastructure.kafkaBootstrapServers())) {
      writer.send(
          IntegrationEventCodec.typeOf(fact.getClass()).topic(),
          fact.aggregateId(),
          codec.encode(
              codec.wrap(
                  fact,
                  UUID.randomUUID(),
                  Instant.now(),
                  ActingPrincipal.system("member-service"),
                  null,
                  "c",
                  "c")));
    }
  }

  /** member-service's fact that the member's membership lapsed. */
  private void lapse(Member member) {
    tell(
        MembershipFact.lapsed(member.id(), society)
            .resident()
            .paidThrough(today.minusDays(40))
            .version(4)
            .login(member.login())
            .build());
  }

  /** Staff open a call for MEMBER seats, from today for two weeks. */
  private String openCall(String committeeId, String title) {
    return answered(
            staff()
                .post(
                    "/committees/" + committeeId + "/calls",
                    Map.of(
                        "purpose", "COMMITTEE_SEAT",
                        "title", title,
                        "roles", List.of("MEMBER"),
                        "opensOn", today.toString(),
                        "closesOn", today.plusDays(14).toString())),
            201)
        .path("callId")
        .asText();
  }

  private static JsonNode answered(Http.Response response, int status) {
    expect(response, status);
    return response.body();
  }

  private Http staff() {
    return Http.onPort(port).as(TestInfrastructure.identity().staffOf(society));
  }

  private String committee() {
    Http.Response created =
        staff()
            .post(
                "/societies/" + society + "/committees",
                Map.of(
                    "name",
                    "Residents Committee",
                    "seatPlan",
                    Map.of("CHAIR", 1, "MEMBER", 3, "TRAINEE_REPRESENTATIVE", 1),
                    "defaultTermYears",
                    2));
    assertThat(created.status()).as(created.toString()).isEqualTo(201);
    return created.text("committeeId");
  }

  /** Staff appoint the member CHAIR from today for a year; the roster makes them its chair. */
  private String appointChair(String committeeId, Member member) {
    return answered(
            staff()
                .post(
                    "/committees/" + committeeId + "/appointments",
                    Map.of(
                        "memberId", member.id(),
                        "role", "CHAIR",
                        "termStart", today.toString(),
                        "termEnd", today.plusYears(1).toString())),
            201)
        .path("appointmentId")
        .asText();
  }

  /** A member appointed CHAIR of the committee, signed in as themself. */
  private Http chairOf(String committeeId) {
    Member chair =
        member("chair-" + UUID.randomUUID().toString().substring(0, 4), TrainingLevel.ATTENDING);
    appointChair(committeeId, chair);
    return chair.http(port);
  }

  /** The call as it is listed among the member's calls open today, with what they do not meet. */
  private JsonNode openCall(Member member, String callId) {
    for (JsonNode open :
        member.http(port).get("/members/" + member.id() + "/calls-open-today").body()) {
      if (open.at("/call/callId").asText().equals(callId)) {
        return open;
      }
    }
    throw new AssertionError("call " + callId + " is not among the calls open to " + member.id());
  }

  private static void expect(Http.Response response, int status) {
    assertThat(response.status()).as(response.toString()).isEqualTo(status);
  }

  @Test
  void a_call_for_volunteers_runs_from_application_to_appointment() {
    Member resident = member("resident", TrainingLevel.PGY2, section);
    Member peer = member("peer", TrainingLevel.PGY3, section);
    Member outsider = member("outsider", TrainingLevel.PGY2);
    Member mentor = member("mentor", TrainingLevel.ATTENDING);
    String committeeId = committee();
    Http chair = chairOf(committeeId);

    Http.Response opened =
        chair.post(
            "/committees/" + committeeId + "/calls",
            Map.of(
                "purpose", "COMMITTEE_SEAT",
                "title", "Resident representative",
                "roles", List.of("TRAINEE_REPRESENTATIVE"),
                "eligibility",
                    Map.of("trainingLevels", List.of("PGY1", "PGY2", "PGY3"), "sectionId", section),
                "opensOn", today.toString(),
                "closesOn", today.plusDays(14).toString()));
    expect(opened, 201);
    String callId = opened.text("callId");
    String calls = "/calls/" + callId;
    try (TopicReader published =
        new TopicReader(TestInfrastructure.kafkaBootstrapServers(), Topics.CALLS)) {
      assertThat(published.await(r -> callId.equals(r.key()), Duration.ofSeconds(20)).value())
          .as("whom the call is open to goes out with it, for those it is open to to hear")
          .contains("\"step\":\"OPENED\"", "\"PGY2\"", "\"sectionId\":\"" + section + "\"");
    }

    // Only the trainees of the section see the call among their open calls.
    await()
        .atMost(Duration.ofSeconds(20))
        .untilAsserted(
            () ->
                assertThat(
                        resident
                            .http(port)
                            .get("/members/" + resident.id() + "/open-calls")
                            .body()
                            .findValuesAsText("callId"))
                    .containsExactly(callId));
    assertThat(outsider.http(port).get("/members/" + outsider.id() + "/open-calls").body())
        .isEmpty();
    // The others are told what of the call's eligibility they do not meet.
    JsonNode toOutsider = openCall(outsider, callId);
    assertThat(toOutsider.path("unmet").toString()).isEqualTo("[\"SECTION\"]");
    assertThat(toOutsider.path("eligible").asBoolean()).isFalse();
    assertThat(openCall(mentor, callId).path("unmet").toString())
        .isEqualTo("[\"TRAINING_LEVEL\",\"SECTION\"]");
    assertThat(openCall(resident, callId).path("eligible").asBoolean()).isTrue();
    expect(outsider.http(port).get("/members/" + resident.id() + "/calls-open-today"), 403);

    EventStoreProbe store = new EventStoreProbe(dataSource);
    long before = store.eventCount();
    Http.Response refused =
        outsider
            .http(port)
            .post(
                calls + "/applications",
                Map.of("role", "TRAINEE_REPRESENTATIVE", "statement", "let me in"));
    expect(refused, 409);
    assertThat(refused.contentType()).startsWith("application/problem+json");
    assertThat(refused.body().toString()).contains("applicantId");
    assertThat(store.eventCount()).isEqualTo(before);

    Http.Response applied =
        resident
            .http(port)
            .post(
                calls + "/applications",
                Map.of("role", "TRAINEE_REPRESENTATIVE", "statement", "I teach on the wards"));
    expect(applied, 201);
    String applicationId = applied.text("applicationId");
    expect(
        mentor
            .http(port)
            .post(
                calls + "/applications/" + applicationId + "/endorsements",
                Map.of("relation", "MENTOR", "endorsement", "an outstanding teacher")),
        204);

    // A mentor nominates a peer; the peer sees the nomination but not who made it, or what was
    // said.
    String statement = "Confidential: the best resident I have supervised";
    String sponsorshipId = sponsorship(mentor, peer);
    Http.Response nominated =
        mentor
            .http(port)
            .post(
                calls + "/nominations",
                Map.of(
                    "nomineeId",
                    peer.id(),
                    "role",
                    "TRAINEE_REPRESENTATIVE",
                    "statement",
                    statement,
                    "sponsorshipId",
                    sponsorshipId));
    expect(nominated, 201);
    String nominationId = nominated.text("nominationId");
    await()
        .atMost(Duration.ofSeconds(20))
        .untilAsserted(
            () -> {
              JsonNode mine = peer.http(port).get("/members/" + peer.id() + "/nominations").body();
              assertThat(mine.at("/received/0/nominationId").asText()).isEqualTo(nominationId);
              assertThat(mine.toString()).doesNotContain(statement).doesNotContain(mentor.id());
            });
    expect(peer.http(port).get(calls + "/submissions"), 403);
    try (TopicReader nominations =
        new TopicReader(TestInfrastructure.kafkaBootstrapServers(), Topics.NOMINATIONS)) {
      String published =
          nominations.await(r -> nominationId.equals(r.key()), Duration.ofSeconds(20)).value();
      assertThat(published)
          .contains("\"step\":\"SUBMITTED\"")
          .contains(sponsorshipId)
          .doesNotContain("best resident");
    }
    expect(
        peer.http(port)
            .post(calls + "/nominations/" + nominationId + "/answer", Map.of("consent", true)),
        204);

    // Nothing is decided while the call is open.
    expect(
        chair.post(
            calls + "/submissions/" + applicationId + "/decision",
            Map.of("outcome", "SELECTED", "reason", "too early")),
        409);

    // The closing day passes: bring the stored deadline due.
    StoredDeadlines.bringDue(dataSource, callId);
    await()
        .atMost(Duration.ofSeconds(30))
        .untilAsserted(
            () ->
                assertThat(staff().get(calls).body().path("closedOn").asText())
                    .isEqualTo(today.plusDays(14).toString()));
    expect(
        peer.http(port)
            .post(
                calls + "/applications",
                Map.of("role", "TRAINEE_REPRESENTATIVE", "statement", "late")),
        409);

    // Staff declare a conflict with the peer and can then not decide on the peer.
    expect(
        staff().post(calls + "/conflicts", Map.of("candidateId", peer.id(), "reason", "my niece")),
        204);
    long beforeConflicted = store.eventCount();
    Http.Response conflicted =
        staff()
            .post(
                calls + "/submissions/" + nominationId + "/decision",
                Map.of("outcome", "NOT_SELECTED", "reason", "x"));
    expect(conflicted, 409);
    assertThat(conflicted.body().toString()).contains("reviewer");
    assertThat(store.eventCount()).isEqualTo(beforeConflicted);

    expect(
        chair.post(
            calls + "/submissions/" + applicationId + "/decision",
            Map.of("outcome", "SELECTED", "reason", "clear teaching record, endorsed")),
        204);
    expect(
        chair.post(
            calls + "/submissions/" + nominationId + "/decision",
            Map.of("outcome", "NOT_SELECTED", "reason", "one seat only")),
        204);

    Http.Response appointed =
        chair.post(
            calls + "/submissions/" + applicationId + "/appointment",
            Map.of("termStart", today.toString()));
    expect(appointed, 201);
    expect(
        chair.post(
            calls + "/submissions/" + applicationId + "/appointment",
            Map.of("termStart", today.plusYears(3).toString())),
        409);
    expect(
        chair.post(
            calls + "/submissions/" + nominationId + "/appointment",
            Map.of("termStart", today.toString())),
        409);

    await()
        .atMost(Duration.ofSeconds(20))
        .untilAsserted(
            () -> {
              JsonNode roster = staff().get("/committees/" + committeeId + "/roster").body();
              JsonNode seat =
                  java.util.stream.StreamSupport.stream(roster.spliterator(), false)
                      .filter(entry -> entry.path("memberId").asText().equals(resident.id()))
                      .findFirst()
                      .orElseThrow(() -> new AssertionError("not on the roster yet"));
              assertThat(seat.path("termEnd").asText())
                  .isEqualTo(today.plusYears(2).minusDays(1).toString());
              JsonNode history =
                  resident.http(port).get("/members/" + resident.id() + "/service-history").body();
              assertThat(history.at("/0/kind").asText()).isEqualTo("APPOINTMENT");
              assertThat(history.at("/0/committeeName").asText()).isEqualTo("Residents Committee");
            });

    await()
        .atMost(Duration.ofSeconds(20))
        .untilAsserted(
            () -> {
              JsonNode review = chair.get(calls + "/submissions").body();
              assertThat(review.at("/submissions/0/status").asText())
                  .as("appointed from the selection")
                  .isEqualTo("APPOINTED");
              assertThat(review.at("/submissions/0/endorsements/0/endorserId").asText())
                  .isEqualTo(mentor.id());
              assertThat(review.at("/submissions/1/status").asText()).isEqualTo("NOT_SELECTED");
              assertThat(review.at("/submissions/1/statement").asText()).isEqualTo(statement);
              assertThat(review.at("/submissions/1/nominatorId").asText()).isEqualTo(mentor.id());
              assertThat(review.at("/conflicts/0/candidateId").asText()).isEqualTo(peer.id());
            });
    // Another committee's chair reads nothing of this call.
    expect(chairOf(committee()).get(calls + "/submissions"), 403);
  }

  @Test
  void an_applicant_asks_her_mentor_who_finds_the_request_and_endorses_it() {
    Member resident = member("asking", TrainingLevel.PGY2, section);
    Member mentor = member("asked", TrainingLevel.ATTENDING);
    Member other = member("other", TrainingLevel.PGY3, section);
    String committeeId = committee();
    String callId =
        chairOf(committeeId)
            .post(
                "/committees/" + committeeId + "/calls",
                Map.of(
                    "purpose", "COMMITTEE_SEAT",
                    "title", "Wellness working group",
                    "roles", List.of("MEMBER"),
                    "opensOn", today.toString(),
                    "closesOn", today.plusDays(14).toString()))
            .text("callId");
    String calls = "/calls/" + callId;
    String applicationId =
        resident
            .http(port)
            .post(
                calls + "/applications",
                Map.of("role", "MEMBER", "statement", "I started our peer-support circle"))
            .text("applicationId");
    String ask = calls + "/applications/" + applicationId + "/endorsement-requests";

    EventStoreProbe store = new EventStoreProbe(dataSource);
    long before = store.eventCount();
    expect(
        other.http(port).post(ask, Map.of("endorserId", mentor.id(), "relation", "MENTOR")), 403);
    Http.Response noRelation = resident.http(port).post(ask, Map.of("endorserId", mentor.id()));
    expect(noRelation, 400);
    assertThat(noRelation.body().at("/errors/0/field").asText()).isEqualTo("relation");
    assertThat(store.eventCount()).isEqualTo(before);
    expect(
        resident.http(port).post(ask, Map.of("endorserId", mentor.id(), "relation", "MENTOR")),
        204);
    expect(
        resident.http(port).post(ask, Map.of("endorserId", mentor.id(), "relation", "MENTOR")),
        409);

    await()
        .atMost(Duration.ofSeconds(20))
        .untilAsserted(
            () -> {
              JsonNode asked =
                  mentor.http(port).get("/members/" + mentor.id() + "/endorsement-requests").body();
              assertThat(asked.at("/0/applicationId").asText()).isEqualTo(applicationId);
              assertThat(asked.at("/0/applicantId").asText()).isEqualTo(resident.id());
              assertThat(asked.at("/0/callTitle").asText()).isEqualTo("Wellness working group");
              assertThat(asked.at("/0/endorsed").asBoolean()).isFalse();
            });
    expect(other.http(port).get("/members/" + mentor.id() + "/endorsement-requests"), 403);
    expect(
        mentor
            .http(port)
            .post(
                calls + "/applications/" + applicationId + "/endorsements",
                Map.of("relation", "MENTOR", "endorsement", "she listens")),
        204);
    await()
        .atMost(Duration.ofSeconds(20))
        .untilAsserted(
            () -> {
              assertThat(
                      mentor
                          .http(port)
                          .get("/members/" + mentor.id() + "/endorsement-requests")
                          .body()
                          .at("/0/endorsed")
                          .asBoolean())
                  .isTrue();
              JsonNode own =
                  resident.http(port).get("/members/" + resident.id() + "/nominations").body();
              assertThat(own.at("/applied/0/submissionId").asText()).isEqualTo(applicationId);
              assertThat(own.at("/applied/0/endorsements/0/endorserId").asText())
                  .isEqualTo(mentor.id());
              assertThat(own.toString())
                  .as("the applicant never reads what her endorser wrote")
                  .doesNotContain("she listens");
            });
    try (TopicReader published =
        new TopicReader(TestInfrastructure.kafkaBootstrapServers(), Topics.CALLS)) {
      String asked =
          published
              .await(
                  r -> applicationId.equals(r.key()) && r.value().contains("REQUESTED"),
                  Duration.ofSeconds(20))
              .value();
      assertThat(asked)
          .as("the endorser is told who asks, never the statement")
          .contains(mentor.id(), resident.id(), "Wellness working group")
          .doesNotContain("peer-support");
      assertThat(
              published
                  .await(
                      r -> applicationId.equals(r.key()) && r.value().contains("GIVEN"),
                      Duration.ofSeconds(20))
                  .value())
          .doesNotContain("she listens");
    }
  }

  @Test
  void bad_call_input_is_answered_with_the_field_and_the_reason_and_stores_nothing() {
    String committeeId = committee();
    Member resident = member("bad-input", TrainingLevel.PGY1);
    EventStoreProbe store = new EventStoreProbe(dataSource);
    long before = store.eventCount();

    Http.Response inverted =
        staff()
            .post(
                "/committees/" + committeeId + "/calls",
                Map.of(
                    "purpose", "COMMITTEE_SEAT",
                    "title", "Backwards",
                    "roles", List.of("MEMBER"),
                    "opensOn", today.plusDays(5).toString(),
                    "closesOn", today.toString()));
    expect(inverted, 400);
    assertThat(inverted.contentType()).startsWith("application/problem+json");
    assertThat(inverted.body().at("/errors/0/field").asText()).isEqualTo("closesOn");

    Http.Response noTitle =
        staff()
            .post(
                "/committees/" + committeeId + "/calls",
                Map.of(
                    "purpose", "AWARD", "opensOn", today.toString(), "closesOn", today.toString()));
    expect(noTitle, 400);
    assertThat(noTitle.body().toString()).contains("title");

    Http.Response notAnAwardCommittee =
        staff()
            .post(
                "/committees/" + committeeId + "/calls",
                Map.of(
                    "purpose",
                    "AWARD",
                    "title",
                    "Best Resident",
                    "opensOn",
                    today.toString(),
                    "closesOn",
                    today.toString()));
    expect(notAnAwardCommittee, 400);
    assertThat(notAnAwardCommittee.body().at("/errors/0/field").asText()).isEqualTo("purpose");

    Http.Response unknownCall =
        resident
            .http(port)
            .post(
                "/calls/no-such-call/applications", Map.of("role", "MEMBER", "statement", "hello"));
    expect(unknownCall, 404);

    Http.Response blankStatement =
        resident
            .http(port)
            .post("/calls/no-such-call/applications", Map.of("role", "MEMBER", "statement", " "));
    expect(blankStatement, 400);
    assertThat(blankStatement.body().at("/errors/0/field").asText()).isEqualTo("statement");

    assertThat(store.eventCount()).isEqualTo(before);
  }

  @Test
  void a_chair_who_is_a_candidate_weighs_nothing_about_themself_and_reads_nothing_of_it() {
    String committeeId = committee();
    Member chairMember = member("chair-candidate", TrainingLevel.ATTENDING);
    Member colleague = member("colleague", TrainingLevel.ATTENDING);
    Member rival = member("rival", TrainingLevel.ATTENDING);
    appointChair(committeeId, chairMember);
    Http chair = chairMember.http(port);
    String callId = openCall(committeeId, "Members at large");
    String calls = "/calls/" + callId;
    String aboutTheChair =
        answered(
                colleague
                    .http(port)
                    .post(
                        calls + "/nominations",
                        Map.of(
                            "nomineeId",
                            chairMember.id(),
                            "role",
                            "MEMBER",
                            "statement",
                            "Confidential: our chair should stay")),
                201)
            .path("nominationId")
            .asText();
    String rivals =
        answered(
                rival
                    .http(port)
                    .post(calls + "/applications", Map.of("role", "MEMBER", "statement", "me")),
                201)
            .path("applicationId")
            .asText();
    expect(
        chair.post(calls + "/nominations/" + aboutTheChair + "/answer", Map.of("consent", true)),
        204);

    await()
        .atMost(Duration.ofSeconds(20))
        .untilAsserted(
            () ->
                assertThat(
                        staff().get(calls + "/submissions").body().findValuesAsText("submissionId"))
                    .containsExactlyInAnyOrder(aboutTheChair, rivals));
    JsonNode seenByTheChair = answered(chair.get(calls + "/submissions"), 200);
    assertThat(seenByTheChair.findValuesAsText("submissionId")).containsExactly(rivals);
    assertThat(seenByTheChair.toString())
        .doesNotContain("our chair should stay")
        .doesNotContain(colleague.id());

    EventStoreProbe store = new EventStoreProbe(dataSource);
    long before = store.eventCount();
    expect(chair.post(calls + "/submissions/" + aboutTheChair + "/shortlist", "{}"), 403);
    expect(
        chair.post(
            calls + "/submissions/" + aboutTheChair + "/decision",
            Map.of("outcome", "SELECTED", "reason", "obviously")),
        403);
    assertThat(store.eventCount()).isEqualTo(before);
    expect(chair.post(calls + "/submissions/" + rivals + "/shortlist", "{}"), 204);
  }

  @Test
  void a_chair_runs_the_committee_while_appointed_and_not_after_the_appointment_ends() {
    String committeeId = committee();
    Member chairMember = member("roster-chair", TrainingLevel.ATTENDING);
    Member other = member("not-a-chair", TrainingLevel.ATTENDING);
    String calls = "/committees/" + committeeId + "/calls";
    String submissions = "/calls/" + openCall(committeeId, "Members at large") + "/submissions";
    expect(chairMember.http(port).get(submissions), 403);
    String appointmentId = appointChair(committeeId, chairMember);
    // The call's view answers once it has caught up with the call.
    await()
        .atMost(Duration.ofSeconds(20))
        .untilAsserted(() -> expect(chairMember.http(port).get(submissions), 200));
    expect(other.http(port).get(submissions), 403);
    expect(
        staff()
            .post(
                "/committees/" + committeeId + "/appointments/" + appointmentId + "/end",
                Map.of("endedOn", today.toString(), "reason", "stepped down")),
        204);
    expect(chairMember.http(port).get(submissions), 403);
    expect(
        chairMember
            .http(port)
            .post(
                calls,
                Map.of(
                    "purpose", "COMMITTEE_SEAT",
                    "title", "After the term",
                    "roles", List.of("MEMBER"),
                    "opensOn", today.toString(),
                    "closesOn", today.plusDays(14).toString())),
        403);
  }

  @Test
  void a_stranger_learns_nothing_of_what_exists_from_a_submissions_steps() {
    String committeeId = committee();
    Member applicant = member("applicant", TrainingLevel.PGY2);
    Member stranger = member("stranger", TrainingLevel.PGY2);
    String callId = openCall(committeeId, "Open seat");
    String real =
        answered(
                applicant
                    .http(port)
                    .post(
                        "/calls/" + callId + "/applications",
                        Map.of("role", "MEMBER", "statement", "me")),
                201)
            .path("applicationId")
            .asText();
    for (String submission : List.of(real, "no-such-submission")) {
      for (String step : List.of("/withdrawal", "/answer")) {
        String path =
            "/calls/"
                + callId
                + (step.equals("/answer") ? "/nominations/" : "/submissions/")
                + submission
                + step;
        Http.Response refused = stranger.http(port).post(path, Map.of("consent", true));
        assertThat(refused.status()).as(path).isEqualTo(403);
        assertThat(refused.body().path("detail").asText()).isEqualTo("You may not do this");
      }
    }
  }

  @Test
  void a_seats_flag_tells_of_a_membership_and_is_shown_to_those_who_run_the_committee_only() {
    String committeeId = committee();
    Member resident = member("flagged", TrainingLevel.PGY2);
    String appointmentId =
        answered(
                staff()
                    .post(
                        "/committees/" + committeeId + "/appointments",
                        Map.of(
                            "memberId", resident.id(),
                            "role", "MEMBER",
                            "termStart", today.toString(),
                            "termEnd", today.plusYears(1).toString())),
                201)
            .path("appointmentId")
            .asText();
    String roster = "/committees/" + committeeId + "/roster";
    await()
        .atMost(Duration.ofSeconds(20))
        .untilAsserted(
            () ->
                assertThat(staff().get(roster).body().findValuesAsText("appointmentId"))
                    .containsExactly(appointmentId));
    lapse(resident);
    await()
        .atMost(Duration.ofSeconds(20))
        .untilAsserted(
            () -> assertThat(staff().get(roster).body().at("/0/flag").asText()).contains("LAPSED"));
    assertThat(
            member("onlooker", TrainingLevel.PGY1)
                .http(port)
                .get(roster)
                .body()
                .at("/0/flag")
                .isMissingNode())
        .isTrue();
  }
}
