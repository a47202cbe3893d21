package org.medsoc.committee;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.medsoc.committee.committee.api.AppointmentEnded;
import org.medsoc.committee.committee.api.CommitteeCreated;
import org.medsoc.kernel.contracts.record.AchievementRecorded;
import org.medsoc.kernel.member.MembershipCategory;
import org.medsoc.kernel.member.MembershipStatus;
import org.medsoc.kernel.member.TrainingLevel;
import org.medsoc.kernel.messaging.ActingPrincipal;
import org.medsoc.kernel.messaging.IntegrationEventCodec;
import org.medsoc.kernel.messaging.Topics;
import org.medsoc.platform.eligibility.MemberEligibilityView;
import org.medsoc.testsupport.EventStoreProbe;
import org.medsoc.testsupport.Http;
import org.medsoc.testsupport.MembershipFact;
import org.medsoc.testsupport.ProcessorSegments;
import org.medsoc.testsupport.TestInfrastructure;
import org.medsoc.testsupport.TopicReader;
import org.medsoc.testsupport.TopicWriter;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** Committees and appointments over REST, with eligibility fed through a real broker. */
@SpringBootTest(
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    args = "--spring.config.name=" + CommitteeServiceApplication.CONFIG_NAME)
class CommitteeApiTest {

  @DynamicPropertySource
  static void infrastructure(DynamicPropertyRegistry registry) {
    TestInfrastructure.register(registry, "committee_api");
  }

  @LocalServerPort int port;
  @Autowired MemberEligibilityView eligibility;
  @Autowired DataSource dataSource;

  private final IntegrationEventCodec codec = new IntegrationEventCodec();
  private final String society = "society-" + UUID.randomUUID();
  private final LocalDate start = LocalDate.of(2027, 7, 1);
  private final LocalDate end = LocalDate.of(2029, 6, 30);

  private Http staff() {
    return Http.onPort(port).as(TestInfrastructure.identity().staffOf(society));
  }

  private UUID publish(
      String memberId,
      MembershipStatus status,
      TrainingLevel level,
      long version,
      ActingPrincipal by) {
    UUID eventId = UUID.randomUUID();
    try (TopicWriter writer = new TopicWriter(TestInfrastructure.kafkaBootstrapServers())) {
      writer.send(
          Topics.MEMBERSHIPS,
          memberId,
          codec.encode(
              codec.wrap(
                  MembershipFact.lapsed(memberId, society)
                      .at(level)
                      .category(MembershipCategory.RESIDENT_FELLOW_IN_TRAINING)
                      .status(status)
                      .paidThrough(LocalDate.of(2027, 6, 30))
                      .version(version)
                      .build(),
                  eventId,
                  Instant.now(),
                  by,
                  null,
                  "lapse-corr",
                  "lapse-cause")));
    }
    return eventId;
  }

  private String member(MembershipStatus status, TrainingLevel level) {
    return member(status, level, null);
  }

  /** A member known from member-service's fact, acting as the login given (if any). */
  private String member(MembershipStatus status, TrainingLevel level, String login) {
    String memberId = "member-" + UUID.randomUUID();
    try (TopicWriter writer = new TopicWriter(TestInfrastructure.kafkaBootstrapServers())) {
      writer.send(
          Topics.MEMBERSHIPS,
          memberId,
          codec.encode(
              codec.wrap(
                  MembershipFact.approved(memberId, society)
                      .at(level)
                      .category(MembershipCategory.RESIDENT_FELLOW_IN_TRAINING)
                      .status(status)
                      .paidThrough(LocalDate.of(2028, 6, 30))
                      .version(3)
                      .login(login)
                      .build(),
                  UUID.randomUUID(),
                  Instant.now(),
                  ActingPrincipal.system("member-service"),
                  null,
                  "c",
                  "c")));
    }
    await()
        .atMost(Duration.ofSeconds(20))
        .until(() -> eligibility.of(memberId, society).isPresent());
    return memberId;
  }

  private String committee(int traineeSeats) {
    Http.Response created =
        staff()
            .post(
                "/societies/" + society + "/committees",
                Map.of(
                    "name",
                    "Education Committee",
                    "seatPlan",
                    Map.of("CHAIR", 1, "MEMBER", 3, "TRAINEE_REPRESENTATIVE", traineeSeats),
                    "defaultTermYears",
                    2));
    assertThat(created.status()).as(created.toString()).isEqualTo(201);
    return created.text("committeeId");
  }

  private Map<String, Object> appointment(String memberId, String role) {
    return Map.of(
        "memberId",
        memberId,
        "role",
        role,
        "termStart",
        start.toString(),
        "termEnd",
        end.toString());
  }

  @Test
  void a_society_lists_its_committees_by_name_with_the_seats_held_today() {
    String education = committee(1);
    Http.Response ethics =
        staff()
            .post(
                "/societies/" + society + "/committees",
                Map.of(
                    "name",
                    "Ethics Committee",
                    "seatPlan",
                    Map.of("MEMBER", 5),
                    "defaultTermYears",
                    3));
    expect201(ethics);
    Http.Response elsewhere =
        Http.onPort(port)
            .as(TestInfrastructure.identity().platformStaff())
            .post(
                "/societies/other-" + society + "/committees",
                Map.of(
                    "name",
                    "Another Society's",
                    "seatPlan",
                    Map.of("MEMBER", 5),
                    "defaultTermYears",
                    3));
    expect201(elsewhere);
    LocalDate today = LocalDate.now(java.time.ZoneOffset.UTC);
    expect201(
        staff()
            .post(
                "/committees/" + education + "/appointments",
                Map.of(
                    "memberId", member(MembershipStatus.ACTIVE, TrainingLevel.PGY2),
                    "role", "MEMBER",
                    "termStart", today.minusDays(10).toString(),
                    "termEnd", today.plusDays(300).toString())));
    expect201(
        staff()
            .post(
                "/committees/" + education + "/appointments",
                appointment(member(MembershipStatus.ACTIVE, TrainingLevel.PGY2), "MEMBER")));

    await()
        .atMost(Duration.ofSeconds(10))
        .untilAsserted(
            () -> {
              JsonNode list = staff().get("/societies/" + society + "/committees").body();
              assertThat(list).hasSize(2);
              assertThat(list.at("/0/committee/name").asText()).isEqualTo("Education Committee");
              assertThat(list.at("/0/committee/seatPlan/MEMBER").asInt()).isEqualTo(3);
              assertThat(list.at("/0/seatsHeld").asInt())
                  .as("held today, not from 2027")
                  .isEqualTo(1);
              assertThat(list.at("/1/committee/name").asText()).isEqualTo("Ethics Committee");
              assertThat(list.at("/1/seatsHeld").asInt()).isZero();
            });
  }

  @Test
  void two_staff_appointing_to_the_last_seat_at_once_fill_it_exactly_once() {
    String committeeId = committee(1);
    String first = member(MembershipStatus.ACTIVE, TrainingLevel.PGY2);
    String second = member(MembershipStatus.ACTIVE, TrainingLevel.PGY3);
    Http staffA = staff();
    Http staffB =
        Http.onPort(port)
            .as(
                TestInfrastructure.identity()
                    .token("staff-b-" + society, List.of("STAFF"), List.of(society)));
    long eventsBefore = new EventStoreProbe(dataSource).eventCount();

    CountDownLatch go = new CountDownLatch(1);
    CompletableFuture<Http.Response> a =
        CompletableFuture.supplyAsync(
            () -> {
              awaitQuietly(go);
              return staffA.post(
                  "/committees/" + committeeId + "/appointments",
                  appointment(first, "TRAINEE_REPRESENTATIVE"));
            });
    CompletableFuture<Http.Response> b =
        CompletableFuture.supplyAsync(
            () -> {
              awaitQuietly(go);
              return staffB.post(
                  "/committees/" + committeeId + "/appointments",
                  appointment(second, "TRAINEE_REPRESENTATIVE"));
            });
    go.countDown();

    List<Integer> statuses =
        List.of(a.join().status(), b.join().status()).stream().sorted().toList();
    assertThat(statuses).containsExactly(201, 409);
    assertThat(new EventStoreProbe(dataSource).eventCount()).isEqualTo(eventsBefore + 1);
    await()
        .atMost(Duration.ofSeconds(10))
        .untilAsserted(
            () ->
                assertThat(
                        staffA
                            .get("/committees/" + committeeId + "/roster?asOf=" + start)
                            .body()
                            .size())
                    .isEqualTo(1));
  }

  @Test
  void a_lapsed_member_is_not_appointed_and_an_appointment_reaches_the_professional_record() {
    String committeeId = committee(1);
    String lapsed = member(MembershipStatus.LAPSED, TrainingLevel.PGY1);
    String active = member(MembershipStatus.ACTIVE, TrainingLevel.PGY1);
    long eventsBefore = new EventStoreProbe(dataSource).eventCount();

    Http.Response refused =
        staff()
            .post(
                "/committees/" + committeeId + "/appointments",
                appointment(lapsed, "TRAINEE_REPRESENTATIVE"));
    assertThat(refused.status()).isEqualTo(409);
    assertThat(refused.contentType()).startsWith("application/problem+json");
    assertThat(refused.body().at("/errors/0/field").asText()).isEqualTo("memberId");
    assertThat(new EventStoreProbe(dataSource).eventCount()).isEqualTo(eventsBefore);

    String appointmentId =
        staff()
            .post(
                "/committees/" + committeeId + "/appointments",
                appointment(active, "TRAINEE_REPRESENTATIVE"))
            .text("appointmentId");
    try (TopicReader achievements =
        new TopicReader(TestInfrastructure.kafkaBootstrapServers(), Topics.ACHIEVEMENTS)) {
      var record =
          achievements.await(r -> r.value().contains(appointmentId), Duration.ofSeconds(15));
      AchievementRecorded achievement =
          codec.payload(codec.decode(record.value()), AchievementRecorded.class);
      assertThat(achievement.memberId()).isEqualTo(active);
      assertThat(achievement.kind()).isEqualTo(AchievementRecorded.Kind.COMMITTEE_APPOINTMENT);
      assertThat(achievement.title()).isEqualTo("trainee representative, Education Committee");
    }
  }

  @Test
  void a_chair_acts_for_their_own_committee_only_and_other_societies_staff_not_at_all() {
    String committeeId = committee(2);
    String otherCommittee = committee(2);
    String resident = member(MembershipStatus.ACTIVE, TrainingLevel.PGY2);
    // A member with no seat on the roster chairs nothing.
    Http chair =
        Http.onPort(port).as(TestInfrastructure.identity().member("unseated-" + committeeId));
    Http otherStaff =
        Http.onPort(port).as(TestInfrastructure.identity().staffOf("another-society"));
    // The roster names the committee they chair.
    Http chairOfThis = Http.onPort(port).as(tokenForChairOf(committeeId));

    assertThat(
            chair
                .post(
                    "/committees/" + committeeId + "/appointments", appointment(resident, "MEMBER"))
                .status())
        .isEqualTo(403);
    assertThat(
            otherStaff
                .post(
                    "/committees/" + committeeId + "/appointments", appointment(resident, "MEMBER"))
                .status())
        .isEqualTo(403);
    assertThat(
            chairOfThis
                .post(
                    "/committees/" + otherCommittee + "/appointments",
                    appointment(resident, "MEMBER"))
                .status())
        .isEqualTo(403);
    assertThat(
            chairOfThis
                .post(
                    "/committees/" + committeeId + "/appointments", appointment(resident, "MEMBER"))
                .status())
        .isEqualTo(201);
  }

  @Test
  void a_lapse_during_the_term_flags_the_appointment_for_staff_on_behalf_of_member_service() {
    String committeeId = committee(1);
    String resident = member(MembershipStatus.ACTIVE, TrainingLevel.PGY2);
    LocalDate today = LocalDate.now();
    expect201(
        staff()
            .post(
                "/committees/" + committeeId + "/appointments",
                Map.of(
                    "memberId",
                    resident,
                    "role",
                    "TRAINEE_REPRESENTATIVE",
                    "termStart",
                    today.minusMonths(1).toString(),
                    "termEnd",
                    today.plusYears(1).toString())));

    // The lapse comes after the roster knows the seat (in life, months after the appointment).
    await()
        .atMost(Duration.ofSeconds(10))
        .untilAsserted(
            () ->
                assertThat(staff().get("/committees/" + committeeId + "/roster").body().size())
                    .isEqualTo(1));
    UUID lapse =
        publish(
            resident,
            MembershipStatus.LAPSED,
            TrainingLevel.PGY2,
            9,
            ActingPrincipal.system("deadline:membership-lapse"));
    publish(
        resident,
        MembershipStatus.LAPSED,
        TrainingLevel.PGY2,
        9,
        ActingPrincipal.system("deadline:membership-lapse"));

    await()
        .atMost(Duration.ofSeconds(20))
        .untilAsserted(
            () ->
                assertThat(
                        staff()
                            .get("/committees/" + committeeId + "/roster")
                            .body()
                            .at("/0/flag")
                            .asText())
                    .isEqualTo("membership LAPSED"));
    EventStoreProbe store = new EventStoreProbe(dataSource);
    assertThat(store.eventTypesOf(committeeId))
        .containsExactly("CommitteeCreated", "MemberAppointed", "AppointmentFlagged");
    assertThat(store.lastMetadataOf(committeeId))
        .contains("\"principal\":\"system:committee-service\"")
        .contains("\"onBehalfOf\":\"system:deadline:membership-lapse\"")
        .contains("\"causationId\":\"" + lapse + "\"")
        .contains("\"correlationId\":\"lapse-corr\"");
  }

  private static void expect201(Http.Response response) {
    assertThat(response.status()).as(response.toString()).isEqualTo(201);
  }

  /** A member appointed CHAIR of the committee from today, signed in as themself. */
  private String tokenForChairOf(String committeeId) {
    String login = "chair-" + UUID.randomUUID();
    String chair = member(MembershipStatus.ACTIVE, TrainingLevel.ATTENDING, login);
    LocalDate today = LocalDate.now(java.time.ZoneOffset.UTC);
    expect201(
        staff()
            .post(
                "/committees/" + committeeId + "/appointments",
                Map.of(
                    "memberId",
                    chair,
                    "role",
                    "CHAIR",
                    "termStart",
                    today.toString(),
                    "termEnd",
                    today.plusYears(1).toString())));
    return TestInfrastructure.identity().member(login);
  }

  private static void awaitQuietly(CountDownLatch latch) {
    try {
      latch.await();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  @Test
  void events_the_directory_or_the_publisher_cannot_handle_wait_aside_while_the_rest_flows_on() {
    EventStoreProbe store = new EventStoreProbe(dataSource);
    Http platformStaff = Http.onPort(port).as(TestInfrastructure.identity().platformStaff());
    String poisoned = UUID.randomUUID().toString();
    // As an older version stored it, before a committee needed a name.
    store.append(
        "Committee",
        poisoned,
        0,
        CommitteeCreated.class,
        """
        {"committeeId":"%s","societyId":"%s","name":null,"seatPlan":{"MEMBER":2},
         "defaultTermYears":2,"awardCommittee":false,"carryOverNominations":false}
        """
            .formatted(poisoned, society));
    String unreadable = UUID.randomUUID().toString();
    store.append(
        "Committee",
        unreadable,
        0,
        AppointmentEnded.class,
        """
        {"committeeId":"%s","appointmentId":"a-1","memberId":"m-1","endedOn":"the end of time",
         "reason":"moved away"}
        """
            .formatted(unreadable));

    List<String> later = new java.util.ArrayList<>();
    int inPoisonedSegment = 0;
    while (inPoisonedSegment < 2 && later.size() < 80) {
      String committeeId = committee(1);
      later.add(committeeId);
      if (ProcessorSegments.shared(4, poisoned, committeeId)) {
        inPoisonedSegment++;
      }
    }
    assertThat(inPoisonedSegment).isEqualTo(2);
    String resident = member(MembershipStatus.ACTIVE, TrainingLevel.PGY2);
    String committeeId = later.get(later.size() - 1);
    String appointmentId =
        staff()
            .post(
                "/committees/" + committeeId + "/appointments",
                appointment(resident, "TRAINEE_REPRESENTATIVE"))
            .text("appointmentId");
    assertThat(
            staff()
                .post(
                    "/committees/" + committeeId + "/appointments/" + appointmentId + "/end",
                    Map.of("endedOn", start.plusMonths(3).toString(), "reason", "moved away"))
                .status())
        .isEqualTo(204);
    await()
        .atMost(Duration.ofSeconds(20))
        .untilAsserted(
            () ->
                assertThat(later)
                    .allSatisfy(
                        id ->
                            assertThat(staff().get("/committees/" + id).status()).isEqualTo(200)));
    try (TopicReader appointments =
        new TopicReader(TestInfrastructure.kafkaBootstrapServers(), Topics.APPOINTMENTS)) {
      appointments.await(
          r -> r.value().contains(appointmentId) && r.value().contains("ENDED"),
          Duration.ofSeconds(20));
    }

    JsonNode report = platformStaff.get("/operations/dead-letters").body();
    assertThat(report.path("counts").path("committees").asLong()).isEqualTo(2);
    assertThat(report.path("counts").path("integration-publisher").asLong()).isEqualTo(1);
    assertThat(Http.onPort(port).get("/actuator/health").text("status"))
        .isEqualTo("OUT_OF_SERVICE");

    // The fix: a migration that takes committees stored without a name.
    new org.springframework.jdbc.core.JdbcTemplate(dataSource)
        .execute("ALTER TABLE committee ALTER COLUMN name DROP NOT NULL");
    JsonNode retried =
        platformStaff
            .post("/operations/dead-letters/committees/retry?sequenceIdentifier=" + poisoned, "{}")
            .body();
    assertThat(retried.path("retried").asInt()).isEqualTo(1);
    assertThat(staff().get("/committees/" + poisoned).status()).isEqualTo(200);
    assertThat(
            platformStaff
                .get("/operations/dead-letters")
                .body()
                .path("counts")
                .path("committees")
                .asLong())
        .as("the unreadable step waits for a fix of its own")
        .isEqualTo(1);
  }
}
