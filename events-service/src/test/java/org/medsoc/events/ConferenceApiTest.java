package org.medsoc.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.medsoc.events.conference.api.ConferenceScheduled;
import org.medsoc.events.conference.api.Registered;
import org.medsoc.kernel.contracts.committee.NominationRecorded;
import org.medsoc.kernel.member.MembershipCategory;
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
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Conferences over REST on a real PostgreSQL and KRaft broker: rates from the Kafka-fed eligibility
 * view, the last place under concurrent registrations, waitlist promotion, and meetings that never
 * double-book anyone.
 */
@SpringBootTest(
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    args = "--spring.config.name=" + EventsServiceApplication.CONFIG_NAME)
class ConferenceApiTest {

  @DynamicPropertySource
  static void infrastructure(DynamicPropertyRegistry registry) {
    TestInfrastructure.register(registry, "conference_api");
    // Every few events, so that these stories also load conferences from snapshots.
    registry.add("conference.snapshot-every", () -> 3);
  }

  @LocalServerPort int port;
  @Autowired MemberEligibilityView eligibility;
  @Autowired DataSource dataSource;

  private final IntegrationEventCodec codec = new IntegrationEventCodec();
  private final String run = UUID.randomUUID().toString().substring(0, 8);
  private final String society = "society-" + run;
  private final LocalDate firstDay = LocalDate.now(ZoneOffset.UTC).plusDays(30);

  private record Member(String id, String login) {
    Http http(int port) {
      return Http.onPort(port).as(TestInfrastructure.identity().member(login));
    }
  }

  private Member member(String name, MembershipCategory category) {
    Member member = new Member("member-" + name + "-" + run, "login-" + name + "-" + run);
    try (TopicWriter writer = new TopicWriter(TestInfrastructure.kafkaBootstrapServers())) {
      writer.send(
          Topics.MEMBERSHIPS,
          member.id(),
          codec.encode(
              codec.wrap(
                  MembershipFact.approved(member.id(), society)
                      .at(
                          category.isTraineeCategory()
                              ? TrainingLevel.PGY2
                              : TrainingLevel.ATTENDING)
                      .category(category)
                      .paidThrough(firstDay.plusYears(1))
                      .version(2)
                      .login(member.login())
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
        .until(() -> eligibility.memberActingAs(member.login()).isPresent());
    return member;
  }

  private Http staff() {
    return Http.onPort(port).as(TestInfrastructure.identity().staffOf(society));
  }

  private String conference(int capacity) {
    Http.Response created =
        staff()
            .post(
                "/societies/" + society + "/conferences",
                Map.of(
                    "name",
                    "Annual Meeting " + run,
                    "startDate",
                    firstDay.toString(),
                    "endDate",
                    firstDay.plusDays(2).toString(),
                    "timeZone",
                    "America/Chicago",
                    "venue",
                    "Convention Center",
                    "capacity",
                    capacity,
                    "fees",
                    Map.of("MEMBER_TRAINEE", 50, "MEMBER", 400, "NON_MEMBER", 700),
                    "currency",
                    "USD"));
    expect(created, 201);
    return created.text("conferenceId");
  }

  @Test
  void the_meetings_department_lists_its_conferences_and_edits_moves_and_cancels_sessions() {
    String conferenceId = conference(100);
    Http.Response added =
        staff()
            .post(
                "/conferences/" + conferenceId + "/sessions",
                Map.of(
                    "kind",
                    "WORKSHOP",
                    "title",
                    "Dermoscopy basics",
                    "start",
                    firstDay.atTime(9, 0).toString(),
                    "end",
                    firstDay.atTime(10, 30).toString(),
                    "room",
                    "Hall A",
                    "capacity",
                    30));
    expect(added, 201);
    String sessionId = added.text("sessionId");
    expect(
        staff()
            .put(
                "/conferences/" + conferenceId + "/sessions/" + sessionId,
                Map.of(
                    "title",
                    "Dermoscopy for residents",
                    "start",
                    firstDay.plusDays(1).atTime(14, 0).toString(),
                    "end",
                    firstDay.plusDays(1).atTime(15, 30).toString(),
                    "room",
                    "Hall B")),
        204);
    Http.Response outside =
        staff()
            .put(
                "/conferences/" + conferenceId + "/sessions/" + sessionId,
                Map.of(
                    "title", "Too late",
                    "start", firstDay.plusDays(9).atTime(14, 0).toString(),
                    "end", firstDay.plusDays(9).atTime(15, 0).toString()));
    expect(outside, 400);
    assertThat(outside.body().toString()).contains("\"start\"");

    await()
        .atMost(Duration.ofSeconds(10))
        .untilAsserted(
            () -> {
              JsonNode programme =
                  staff().get("/conferences/" + conferenceId + "/programme").body();
              assertThat(programme.at("/0/title").asText()).isEqualTo("Dermoscopy for residents");
              assertThat(programme.at("/0/room").asText()).isEqualTo("Hall B");
              assertThat(programme.at("/0/start").asText())
                  .startsWith(firstDay.plusDays(1) + "T14:00");
              assertThat(programme.at("/0/capacity").asInt()).isEqualTo(30);
            });
    expect(
        staff()
            .post(
                "/conferences/" + conferenceId + "/sessions/" + sessionId + "/cancellation",
                Map.of("reason", "the faculty member is ill")),
        204);
    await()
        .atMost(Duration.ofSeconds(10))
        .untilAsserted(
            () -> {
              JsonNode session =
                  staff().get("/conferences/" + conferenceId + "/programme").body().get(0);
              assertThat(session.path("cancelled").asBoolean()).isTrue();
              assertThat(session.path("cancelledReason").asText())
                  .isEqualTo("the faculty member is ill");
              JsonNode list = staff().get("/societies/" + society + "/conferences").body();
              assertThat(list.findValuesAsText("conferenceId")).contains(conferenceId);
              assertThat(staff().get("/conferences/" + conferenceId + "/abstracts").body())
                  .isEmpty();
            });
  }

  private static void expect(Http.Response response, int status) {
    assertThat(response.status()).as(response.toString()).isEqualTo(status);
  }

  @Test
  void concurrent_registrations_fill_the_last_place_exactly_once_and_the_rest_wait() {
    String conferenceId = conference(3);
    Member trainee = member("trainee", MembershipCategory.RESIDENT_FELLOW_IN_TRAINING);
    expect(
        trainee.http(port).post("/conferences/" + conferenceId + "/registrations", Map.of()), 201);
    expect(
        staff()
            .post(
                "/conferences/" + conferenceId + "/registrations",
                Map.of("memberId", "guest-" + run)),
        201);

    int racers = 8;
    CountDownLatch start = new CountDownLatch(1);
    List<CompletableFuture<Http.Response>> calls = new ArrayList<>();
    for (int i = 0; i < racers; i++) {
      String memberId = "racer-" + i + "-" + run;
      calls.add(
          CompletableFuture.supplyAsync(
              () -> {
                awaitQuietly(start);
                return staff()
                    .post(
                        "/conferences/" + conferenceId + "/registrations",
                        Map.of("memberId", memberId));
              }));
    }
    start.countDown();
    calls.forEach(call -> expect(call.join(), 201));

    EventStoreProbe store = new EventStoreProbe(dataSource);
    List<String> types = store.eventTypesOf(conferenceId);
    assertThat(types.stream().filter("Registered"::equals)).hasSize(3);
    assertThat(types.stream().filter("Waitlisted"::equals)).hasSize(racers - 1);
    assertThat(
            new JdbcTemplate(dataSource)
                .queryForObject(
                    "SELECT count(*) FROM snapshotevententry WHERE aggregateidentifier = ?",
                    Integer.class,
                    conferenceId))
        .as("the conference was snapshotted; the cancellation below loads it from the snapshot")
        .isPositive();

    await()
        .atMost(Duration.ofSeconds(20))
        .untilAsserted(
            () -> {
              JsonNode registrations =
                  staff().get("/conferences/" + conferenceId + "/registrations").body();
              assertThat(registrations.size()).isEqualTo(racers + 2);
              assertThat(registrations.at("/0/rate").asText()).isEqualTo("MEMBER_TRAINEE");
              assertThat(registrations.at("/0/fee").decimalValue()).isEqualByComparingTo("50");
              assertThat(registrations.at("/1/rate").asText()).isEqualTo("NON_MEMBER");
              assertThat(
                      registrations.findValuesAsText("status").stream()
                          .filter("REGISTERED"::equals))
                  .hasSize(3);
            });

    // The trainee cancels: the first waiting registration takes the freed place.
    JsonNode registrations = staff().get("/conferences/" + conferenceId + "/registrations").body();
    String traineeRegistration = registrations.at("/0/registrationId").asText();
    expect(
        trainee
            .http(port)
            .post(
                "/conferences/"
                    + conferenceId
                    + "/registrations/"
                    + traineeRegistration
                    + "/cancellation",
                Map.of()),
        204);
    assertThat(store.eventTypesOf(conferenceId))
        .endsWith("RegistrationCancelled", "RegistrationPromoted");
    try (TopicReader topic =
        new TopicReader(TestInfrastructure.kafkaBootstrapServers(), Topics.REGISTRATIONS)) {
      assertThat(
              topic
                  .await(
                      r ->
                          r.value().contains("\"step\":\"PROMOTED\"")
                              && r.value().contains(conferenceId),
                      Duration.ofSeconds(20))
                  .value())
          .contains("\"societyId\":\"" + society + "\"");
    }
  }

  @Test
  void meetings_never_double_book_either_person_and_appear_on_the_agenda_in_local_time() {
    String conferenceId = conference(50);
    Member trainee = member("m-trainee", MembershipCategory.RESIDENT_FELLOW_IN_TRAINING);
    Member faculty = member("m-faculty", MembershipCategory.FULL);
    Member other = member("m-other", MembershipCategory.RESIDENT_FELLOW_IN_TRAINING);
    Member absent = member("m-absent", MembershipCategory.FULL);
    for (Member attendee : List.of(trainee, faculty, other)) {
      expect(
          attendee.http(port).post("/conferences/" + conferenceId + "/registrations", Map.of()),
          201);
    }
    String ten = firstDay.plusDays(1).atTime(10, 0).toString();
    Http.Response requested =
        trainee
            .http(port)
            .post(
                "/conferences/" + conferenceId + "/meeting-requests",
                Map.of(
                    "inviteeId",
                    faculty.id(),
                    "start",
                    ten,
                    "minutes",
                    15,
                    "purpose",
                    "career advice"));
    expect(requested, 201);
    String meetingId = requested.text("meetingId");
    expect(
        faculty
            .http(port)
            .post("/meeting-requests/" + meetingId + "/answer", Map.of("accept", true)),
        204);

    EventStoreProbe store = new EventStoreProbe(dataSource);
    long before = store.eventCount();
    Http.Response clash =
        other
            .http(port)
            .post(
                "/conferences/" + conferenceId + "/meeting-requests",
                Map.of(
                    "inviteeId",
                    faculty.id(),
                    "start",
                    firstDay.plusDays(1).atTime(10, 10).toString(),
                    "minutes",
                    10,
                    "purpose",
                    "research"));
    expect(clash, 409);
    assertThat(clash.contentType()).startsWith("application/problem+json");
    assertThat(clash.body().at("/errors/0/field").asText()).isEqualTo("start");
    Http.Response notRegistered =
        trainee
            .http(port)
            .post(
                "/conferences/" + conferenceId + "/meeting-requests",
                Map.of(
                    "inviteeId",
                    absent.id(),
                    "start",
                    firstDay.plusDays(1).atTime(14, 0).toString(),
                    "minutes",
                    10,
                    "purpose",
                    "hello"));
    expect(notRegistered, 409);
    Http.Response outside =
        trainee
            .http(port)
            .post(
                "/conferences/" + conferenceId + "/meeting-requests",
                Map.of(
                    "inviteeId",
                    other.id(),
                    "start",
                    firstDay.plusDays(5).atTime(14, 0).toString(),
                    "minutes",
                    10,
                    "purpose",
                    "hello"));
    expect(outside, 400);
    Http.Response noFollowUp =
        trainee.http(port).post("/meeting-requests/" + meetingId + "/follow-up", Map.of());
    expect(noFollowUp, 409);
    assertThat(store.eventCount()).isEqualTo(before);

    await()
        .atMost(Duration.ofSeconds(20))
        .untilAsserted(
            () -> {
              JsonNode agenda =
                  faculty
                      .http(port)
                      .get("/members/" + faculty.id() + "/conferences/" + conferenceId + "/agenda")
                      .body();
              assertThat(agenda.at("/0/kind").asText()).isEqualTo("MEETING");
              assertThat(agenda.at("/0/start").asText()).startsWith(ten);
              assertThat(agenda.at("/0/role").asText()).isEqualTo("INVITEE");
            });
    expect(trainee.http(port).get("/members/" + faculty.id() + "/meeting-requests"), 403);
  }

  @Test
  void posters_get_boards_once_each_and_the_board_plan_shows_them_in_local_time() {
    String conferenceId = conference(20);
    String c = "/conferences/" + conferenceId;
    Member presenter = member("poster-1", MembershipCategory.RESIDENT_FELLOW_IN_TRAINING);
    Member second = member("poster-2", MembershipCategory.RESIDENT_FELLOW_IN_TRAINING);
    String sessionId =
        staff()
            .post(
                c + "/sessions",
                Map.of(
                    "kind", "POSTER_SESSION",
                    "title", "Trainee posters",
                    "start", firstDay.atTime(17, 0).toString(),
                    "end", firstDay.atTime(19, 0).toString(),
                    "room", "Exhibit Hall"))
            .text("sessionId");
    String[] abstracts = new String[2];
    for (int i = 0; i < 2; i++) {
      Member author = i == 0 ? presenter : second;
      Http.Response submitted =
          author
              .http(port)
              .post(
                  c + "/abstracts",
                  Map.of("title", "Poster " + i, "authors", "Author " + i + ", Mentor"));
      expect(submitted, 201);
      abstracts[i] = submitted.text("abstractId");
      expect(
          staff()
              .post(
                  c + "/abstracts/" + abstracts[i] + "/decision",
                  Map.of("accept", true, "reason", "sound methods")),
          204);
    }
    expect(
        staff()
            .post(
                c + "/abstracts/" + abstracts[0] + "/poster",
                Map.of("sessionId", sessionId, "boardNumber", 7)),
        204);
    EventStoreProbe store = new EventStoreProbe(dataSource);
    long before = store.eventCount();
    Http.Response twice =
        staff()
            .post(
                c + "/abstracts/" + abstracts[1] + "/poster",
                Map.of("sessionId", sessionId, "boardNumber", 7));
    expect(twice, 409);
    assertThat(twice.body().at("/errors/0/field").asText()).isEqualTo("boardNumber");
    assertThat(store.eventCount()).isEqualTo(before);
    expect(
        staff()
            .post(
                c + "/abstracts/" + abstracts[1] + "/poster",
                Map.of("sessionId", sessionId, "boardNumber", 8)),
        204);

    await()
        .atMost(Duration.ofSeconds(20))
        .untilAsserted(
            () -> {
              JsonNode plan = presenter.http(port).get(c + "/poster-board").body();
              assertThat(plan.findValuesAsText("boardNumber")).containsExactly("7", "8");
              assertThat(plan.at("/0/sessionStart").asText())
                  .startsWith(firstDay.atTime(17, 0).toString());
              JsonNode agenda =
                  presenter
                      .http(port)
                      .get(
                          "/members/" + presenter.id() + "/conferences/" + conferenceId + "/agenda")
                      .body();
              assertThat(agenda.at("/0/kind").asText()).isEqualTo("POSTER");
              assertThat(agenda.at("/0/title").asText()).isEqualTo("Poster 0 (board 7)");
            });
  }

  @Test
  void staff_see_who_joined_a_speed_mentoring_session_in_order_and_the_pairs_made() {
    String conferenceId = conference(20);
    String c = "/conferences/" + conferenceId;
    String sessionId =
        staff()
            .post(
                c + "/sessions",
                Map.of(
                    "kind",
                    "SPEED_MENTORING",
                    "title",
                    "Speed mentoring for residents",
                    "start",
                    firstDay.atTime(7, 0).toString(),
                    "end",
                    firstDay.atTime(8, 0).toString(),
                    "capacity",
                    4))
            .text("sessionId");
    Member trainee = member("sm-trainee", MembershipCategory.RESIDENT_FELLOW_IN_TRAINING);
    Member mentor = member("sm-mentor", MembershipCategory.FULL);
    Member otherMentor = member("sm-other", MembershipCategory.FULL);
    for (Member m : List.of(trainee, mentor, otherMentor)) {
      expect(m.http(port).post(c + "/registrations", Map.of()), 201);
    }
    String place = c + "/sessions/" + sessionId + "/speed-mentoring";
    expect(
        trainee
            .http(port)
            .post(place, Map.of("role", "TRAINEE", "interests", List.of("Dialysis", "research"))),
        204);
    expect(
        otherMentor.http(port).post(place, Map.of("role", "MENTOR", "interests", List.of("ICU"))),
        204);
    expect(
        mentor.http(port).post(place, Map.of("role", "MENTOR", "interests", List.of("dialysis"))),
        204);
    expect(staff().post(c + "/sessions/" + sessionId + "/pairing", Map.of()), 204);

    await()
        .atMost(Duration.ofSeconds(20))
        .untilAsserted(
            () -> {
              JsonNode session = staff().get(place).body();
              assertThat(session.path("places").findValuesAsText("memberId"))
                  .containsExactly(trainee.id(), otherMentor.id(), mentor.id());
              assertThat(session.at("/places/0/interests").toString())
                  .isEqualTo("[\"dialysis\",\"research\"]");
              assertThat(session.at("/pairs/0/traineeId").asText()).isEqualTo(trainee.id());
              assertThat(session.at("/pairs/0/mentorId").asText()).isEqualTo(mentor.id());
              assertThat(session.at("/pairs/0/sharedInterests/0").asText()).isEqualTo("dialysis");
              JsonNode agenda =
                  trainee
                      .http(port)
                      .get("/members/" + trainee.id() + "/conferences/" + conferenceId + "/agenda")
                      .body();
              assertThat(agenda.at("/0/id").asText()).isEqualTo(sessionId);
              assertThat(agenda.at("/0/role").asText()).isEqualTo("TRAINEE");
            });
    expect(trainee.http(port).get(place), 403);
  }

  @Test
  void an_abstract_decided_shows_its_reason_to_the_meetings_department() {
    String conferenceId = conference(20);
    String c = "/conferences/" + conferenceId;
    Member presenter = member("abstract-1", MembershipCategory.RESIDENT_FELLOW_IN_TRAINING);
    String abstractId =
        presenter
            .http(port)
            .post(c + "/abstracts", Map.of("title", "Renal outcomes", "authors", "A. Author"))
            .text("abstractId");
    EventStoreProbe store = new EventStoreProbe(dataSource);
    long before = store.eventCount();
    Http.Response unexplained =
        staff().post(c + "/abstracts/" + abstractId + "/decision", Map.of("accept", false));
    expect(unexplained, 400);
    assertThat(unexplained.body().at("/errors/0/field").asText()).isEqualTo("reason");
    assertThat(store.eventCount()).isEqualTo(before);
    expect(
        staff()
            .post(
                c + "/abstracts/" + abstractId + "/decision",
                Map.of("accept", false, "reason", "outside the meeting's scope")),
        204);

    await()
        .atMost(Duration.ofSeconds(20))
        .untilAsserted(
            () -> {
              JsonNode listed = staff().get(c + "/abstracts").body();
              assertThat(listed.at("/0/status").asText()).isEqualTo("REJECTED");
              assertThat(listed.at("/0/decisionReason").asText())
                  .isEqualTo("outside the meeting's scope");
              String own = "/members/" + presenter.id() + "/conferences/" + conferenceId;
              JsonNode mine = presenter.http(port).get(own + "/abstracts").body();
              assertThat(mine.findValuesAsText("abstractId")).containsExactly(abstractId);
              assertThat(mine.at("/0/decisionReason").asText())
                  .isEqualTo("outside the meeting's scope");
            });
    Member other = member("abstract-2", MembershipCategory.FULL);
    expect(
        other
            .http(port)
            .get("/members/" + presenter.id() + "/conferences/" + conferenceId + "/abstracts"),
        403);
    try (TopicReader published =
        new TopicReader(TestInfrastructure.kafkaBootstrapServers(), Topics.ABSTRACTS)) {
      String decided =
          published
              .await(
                  r -> abstractId.equals(r.key()) && r.value().contains("REJECTED"),
                  Duration.ofSeconds(20))
              .value();
      assertThat(decided)
          .as("the author hears the decision by the abstract's title; the reason stays inside")
          .contains(presenter.id(), "Renal outcomes")
          .doesNotContain("scope");
    }
  }

  @Test
  void an_attendee_reads_her_own_registrations_with_rate_and_fee_and_nobody_else_does() {
    String conferenceId = conference(20);
    Member resident = member("own-reg", MembershipCategory.RESIDENT_FELLOW_IN_TRAINING);
    Member other = member("own-reg-other", MembershipCategory.FULL);
    expect(
        resident.http(port).post("/conferences/" + conferenceId + "/registrations", Map.of()), 201);
    await()
        .atMost(Duration.ofSeconds(20))
        .untilAsserted(
            () -> {
              JsonNode mine =
                  resident.http(port).get("/members/" + resident.id() + "/registrations").body();
              assertThat(mine.at("/0/conferenceId").asText()).isEqualTo(conferenceId);
              assertThat(mine.at("/0/status").asText()).isEqualTo("REGISTERED");
              assertThat(mine.at("/0/rate").asText()).isEqualTo("MEMBER_TRAINEE");
              assertThat(mine.at("/0/fee").decimalValue()).isEqualByComparingTo("50");
              assertThat(mine.at("/0/currency").asText()).isEqualTo("USD");
            });
    expect(other.http(port).get("/members/" + resident.id() + "/registrations"), 403);
  }

  private static void awaitQuietly(CountDownLatch latch) {
    try {
      latch.await();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  @Test
  void
      events_the_conferences_view_or_the_publisher_cannot_handle_wait_aside_while_the_rest_flows_on() {
    EventStoreProbe store = new EventStoreProbe(dataSource);
    Http platformStaff = Http.onPort(port).as(TestInfrastructure.identity().platformStaff());
    String poisoned = UUID.randomUUID().toString();
    // As an older version stored it, before a conference needed a name.
    store.append(
        "Conference",
        poisoned,
        0,
        ConferenceScheduled.class,
        """
        {"conferenceId":"%s","societyId":"%s","name":null,"startDate":"%s","endDate":"%s",
         "timeZone":"UTC","capacity":10,"fees":{"MEMBER":1},"currency":"USD"}
        """
            .formatted(poisoned, society, firstDay, firstDay.plusDays(1)));
    String unreadable = UUID.randomUUID().toString();
    store.append(
        "Conference",
        unreadable,
        0,
        Registered.class,
        """
        {"conferenceId":"%s","registrationId":"r-1","memberId":"m-1","rate":"MEMBER","fee":"a lot"}
        """
            .formatted(unreadable));

    List<String> later = new ArrayList<>();
    int inPoisonedSegment = 0;
    while (inPoisonedSegment < 2 && later.size() < 80) {
      String conferenceId = conference(5);
      later.add(conferenceId);
      if (ProcessorSegments.shared(4, poisoned, conferenceId)) {
        inPoisonedSegment++;
      }
    }
    assertThat(inPoisonedSegment).isEqualTo(2);
    String conferenceId = later.get(later.size() - 1);
    String registrationId =
        staff()
            .post(
                "/conferences/" + conferenceId + "/registrations",
                Map.of("memberId", "guest-late-" + run))
            .text("registrationId");
    await()
        .atMost(Duration.ofSeconds(20))
        .untilAsserted(
            () ->
                assertThat(later)
                    .allSatisfy(
                        id ->
                            assertThat(staff().get("/conferences/" + id).status()).isEqualTo(200)));
    try (TopicReader registrations =
        new TopicReader(TestInfrastructure.kafkaBootstrapServers(), Topics.REGISTRATIONS)) {
      registrations.await(r -> registrationId.equals(r.key()), Duration.ofSeconds(20));
    }

    JsonNode report = platformStaff.get("/operations/dead-letters").body();
    assertThat(report.path("counts").path("conferences").asLong()).isEqualTo(2);
    assertThat(report.path("counts").path("integration-publisher").asLong()).isEqualTo(1);
    assertThat(Http.onPort(port).get("/actuator/health").text("status"))
        .isEqualTo("OUT_OF_SERVICE");

    // The fix: a migration that takes conferences stored without a name.
    new JdbcTemplate(dataSource)
        .execute("ALTER TABLE conference_view ALTER COLUMN name DROP NOT NULL");
    JsonNode retried =
        platformStaff
            .post("/operations/dead-letters/conferences/retry?sequenceIdentifier=" + poisoned, "{}")
            .body();
    assertThat(retried.path("retried").asInt()).isEqualTo(1);
    assertThat(staff().get("/conferences/" + poisoned).status()).isEqualTo(200);
  }

  @Test
  void a_cancelled_registration_frees_its_meetings_and_staff_never_read_what_a_meeting_is_for() {
    String conferenceId = conference(50);
    Member trainee = member("c-trainee", MembershipCategory.RESIDENT_FELLOW_IN_TRAINING);
    Member faculty = member("c-faculty", MembershipCategory.FULL);
    Member other = member("c-other", MembershipCategory.RESIDENT_FELLOW_IN_TRAINING);
    Member stranger = member("c-stranger", MembershipCategory.FULL);
    String traineeRegistration = null;
    for (Member attendee : List.of(trainee, faculty, other)) {
      Http.Response registered =
          attendee.http(port).post("/conferences/" + conferenceId + "/registrations", Map.of());
      expect(registered, 201);
      if (attendee == trainee) {
        traineeRegistration = registered.text("registrationId");
      }
    }
    String ten = firstDay.plusDays(1).atTime(10, 0).toString();
    Map<String, Object> request =
        Map.of("inviteeId", faculty.id(), "start", ten, "minutes", 15, "purpose", "my divorce");
    String meetingId =
        trainee
            .http(port)
            .post("/conferences/" + conferenceId + "/meeting-requests", request)
            .text("meetingId");
    expect(
        faculty
            .http(port)
            .post("/meeting-requests/" + meetingId + "/answer", Map.of("accept", true)),
        204);
    String agenda = "/members/" + faculty.id() + "/conferences/" + conferenceId + "/agenda";
    await()
        .atMost(Duration.ofSeconds(20))
        .untilAsserted(
            () ->
                assertThat(staff().get(agenda).body().at("/0/kind").asText()).isEqualTo("MEETING"));
    JsonNode seenByStaff = staff().get(agenda).body();
    assertThat(seenByStaff.toString()).doesNotContain("divorce").doesNotContain(trainee.id());
    assertThat(seenByStaff.at("/0/start").asText()).startsWith(ten);

    String cancellation =
        "/conferences/" + conferenceId + "/registrations/" + traineeRegistration + "/cancellation";
    String invented =
        "/conferences/" + conferenceId + "/registrations/no-such-registration/cancellation";
    Http.Response real = stranger.http(port).post(cancellation, Map.of());
    Http.Response none = stranger.http(port).post(invented, Map.of());
    assertThat(real.status()).isEqualTo(403);
    assertThat(none.status()).isEqualTo(403);
    assertThat(real.body()).isEqualTo(none.body());

    expect(trainee.http(port).post(cancellation, Map.of()), 204);
    // The faculty member's time is free again: another attendee books it.
    await()
        .atMost(Duration.ofSeconds(20))
        .untilAsserted(
            () ->
                expect(
                    other
                        .http(port)
                        .post(
                            "/conferences/" + conferenceId + "/meeting-requests",
                            Map.of(
                                "inviteeId",
                                faculty.id(),
                                "start",
                                ten,
                                "minutes",
                                15,
                                "purpose",
                                "research year")),
                    201));
  }

  @Test
  void a_selected_talk_nomination_of_another_society_invites_no_speaker_here() {
    String conferenceId = conference(10);
    Member speaker = member("foreign-speaker", MembershipCategory.FULL);
    String nominationId = "nomination-" + UUID.randomUUID();
    try (TopicWriter writer = new TopicWriter(TestInfrastructure.kafkaBootstrapServers())) {
      writer.send(
          Topics.NOMINATIONS,
          nominationId,
          codec.encode(
              codec.wrap(
                  new NominationRecorded(
                      nominationId,
                      NominationRecorded.Step.SELECTED,
                      "call-elsewhere",
                      "committee-elsewhere",
                      "another-society-" + run,
                      NominationRecorded.Purpose.TALK,
                      "A plenary talk",
                      null,
                      "nominator-elsewhere",
                      speaker.id(),
                      null,
                      conferenceId,
                      "the best abstract",
                      null,
                      firstDay,
                      3),
                  UUID.randomUUID(),
                  Instant.now(),
                  ActingPrincipal.system("committee-service"),
                  null,
                  "c",
                  "c")));
    }
    try (TopicReader refused =
        new TopicReader(
            TestInfrastructure.kafkaBootstrapServers(), Topics.deadLetterOf(Topics.NOMINATIONS))) {
      String reason =
          new String(
              refused
                  .await(r -> nominationId.equals(r.key()), Duration.ofSeconds(30))
                  .headers()
                  .lastHeader("kafka_dlt-exception-message")
                  .value(),
              java.nio.charset.StandardCharsets.UTF_8);
      assertThat(reason).contains("another society");
    }
    assertThat(staff().get("/conferences/" + conferenceId + "/speaker-invitations").body())
        .isEmpty();
  }

  @Test
  void a_fee_as_large_as_a_currency_with_many_units_asks_for_is_stored_and_shown() {
    Http.Response created =
        staff()
            .post(
                "/societies/" + society + "/conferences",
                Map.of(
                    "name",
                    "Annual Meeting in rupiah " + run,
                    "startDate",
                    firstDay.toString(),
                    "endDate",
                    firstDay.plusDays(1).toString(),
                    "timeZone",
                    "Asia/Jakarta",
                    "capacity",
                    10,
                    "fees",
                    Map.of(
                        "MEMBER_TRAINEE",
                        100_000_000,
                        "MEMBER",
                        250_000_000,
                        "NON_MEMBER",
                        400_000_000),
                    "currency",
                    "IDR"));
    expect(created, 201);
    String conferenceId = created.text("conferenceId");
    await()
        .atMost(Duration.ofSeconds(20))
        .untilAsserted(
            () ->
                assertThat(
                        staff()
                            .get("/conferences/" + conferenceId)
                            .body()
                            .at("/fees/MEMBER_TRAINEE")
                            .decimalValue())
                    .isEqualByComparingTo("100000000"));
  }
}
