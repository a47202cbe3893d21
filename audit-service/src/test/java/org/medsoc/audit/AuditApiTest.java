package org.medsoc.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.medsoc.kernel.contracts.committee.AppointmentRecorded;
import org.medsoc.kernel.contracts.committee.NominationRecorded;
import org.medsoc.kernel.contracts.member.MentorshipStepRecorded;
import org.medsoc.kernel.contracts.member.SponsorshipActionRecorded;
import org.medsoc.kernel.contracts.record.AchievementRecorded;
import org.medsoc.kernel.messaging.ActingPrincipal;
import org.medsoc.kernel.messaging.IntegrationEvent;
import org.medsoc.kernel.messaging.IntegrationEventCodec;
import org.medsoc.testsupport.Http;
import org.medsoc.testsupport.TestInfrastructure;
import org.medsoc.testsupport.TopicWriter;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The audit answers its questions from facts as the services publish them, through a real broker: a
 * sponsor's nomination, its selection, the appointment that came of it and the line on the record,
 * each with actor, on-behalf-of, correlation and causation.
 */
@SpringBootTest(
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    args = "--spring.config.name=" + AuditServiceApplication.CONFIG_NAME)
class AuditApiTest {

  @DynamicPropertySource
  static void infrastructure(DynamicPropertyRegistry registry) {
    TestInfrastructure.register(registry, "audit_api");
  }

  @LocalServerPort int port;

  @org.springframework.beans.factory.annotation.Autowired javax.sql.DataSource dataSource;

  private final IntegrationEventCodec codec = new IntegrationEventCodec();
  private final String run = UUID.randomUUID().toString().substring(0, 8);
  private final String society = "society-" + run;
  private final String sponsor = "sponsor-" + run;
  private final String protege = "protege-" + run;
  private final String sponsorship = "sponsorship-" + run;
  private final String nomination = "nomination-" + run;
  private final String committee = "committee-" + run;
  private final String appointment = "appointment-" + run;
  private final LocalDate start = LocalDate.of(2027, 7, 1);

  private Http auditor() {
    return Http.onPort(port)
        .as(TestInfrastructure.identity().token("auditor-" + run, List.of("AUDITOR"), List.of()));
  }

  private void publish(
      IntegrationEvent event, Instant at, ActingPrincipal by, String correlation, String cause) {
    try (TopicWriter writer = new TopicWriter(TestInfrastructure.kafkaBootstrapServers())) {
      String topic = IntegrationEventCodec.typeOf(event.getClass()).topic();
      String encoded =
          codec.encode(codec.wrap(event, UUID.randomUUID(), at, by, null, correlation, cause));
      writer.send(topic, event.aggregateId(), encoded);
      if (event instanceof NominationRecorded n && n.step() == NominationRecorded.Step.SUBMITTED) {
        writer.send(topic, event.aggregateId(), encoded);
      }
    }
  }

  private NominationRecorded nominationStep(NominationRecorded.Step step, String reason, long v) {
    return new NominationRecorded(
        nomination,
        step,
        "call-" + run,
        committee,
        society,
        NominationRecorded.Purpose.COMMITTEE_SEAT,
        "Resident representative",
        "TRAINEE_REPRESENTATIVE",
        sponsor,
        protege,
        sponsorship,
        null,
        reason,
        null,
        start.minusMonths(2),
        v);
  }

  @Test
  void the_as_of_questions_follow_a_sponsors_nomination_to_the_appointment_and_the_record() {
    ActingPrincipal sponsorLogin = new ActingPrincipal("login-" + sponsor, List.of("MEMBER"));
    ActingPrincipal chair = new ActingPrincipal("chair-login-" + run, List.of("MEMBER", "CHAIR"));
    Instant may = Instant.parse("2027-05-02T10:00:00Z");
    Instant june = Instant.parse("2027-06-10T10:00:00Z");
    publish(
        new SponsorshipActionRecorded(
            sponsorship,
            SponsorshipActionRecorded.Action.DECLARED,
            sponsor,
            protege,
            null,
            null,
            null,
            null,
            null,
            null,
            0),
        Instant.parse("2027-04-01T09:00:00Z"),
        sponsorLogin,
        "corr-declare",
        "cause-declare");
    // Delivered twice: recorded once.
    publish(
        nominationStep(NominationRecorded.Step.SUBMITTED, null, 1),
        may,
        sponsorLogin,
        "corr-nominate",
        "cause-nominate");
    // member-service confirms the nomination was made under the sponsorship it names.
    publish(
        new SponsorshipActionRecorded(
            sponsorship,
            SponsorshipActionRecorded.Action.NOMINATED,
            sponsor,
            protege,
            nomination,
            null,
            "COMMITTEE",
            "Resident representative",
            null,
            null,
            1),
        may.plusSeconds(60),
        ActingPrincipal.system("member-service"),
        "corr-nominate",
        "cause-confirm");
    publish(
        nominationStep(NominationRecorded.Step.SELECTED, "strongest candidate", 5),
        june,
        chair,
        "corr-decide",
        "cause-decide");
    publish(
        new AppointmentRecorded(
            committee,
            appointment,
            AppointmentRecorded.Step.APPOINTED,
            "Education Committee",
            society,
            protege,
            "TRAINEE_REPRESENTATIVE",
            start,
            start.plusYears(2).minusDays(1),
            null,
            nomination,
            null,
            3),
        june.plusSeconds(3600),
        chair,
        "corr-appoint",
        "cause-appoint");
    publish(
        new AchievementRecorded(
            "committee-service:appointment:" + appointment,
            protege,
            AchievementRecorded.Kind.COMMITTEE_APPOINTMENT,
            "trainee representative, Education Committee",
            "Education Committee",
            start),
        june.plusSeconds(3601),
        chair,
        "corr-appoint",
        "cause-appoint");
    publish(
        new AppointmentRecorded(
            committee,
            appointment,
            AppointmentRecorded.Step.ENDED,
            null,
            null,
            protege,
            null,
            null,
            null,
            start.plusMonths(9),
            null,
            "moved to fellowship",
            4),
        Instant.parse("2028-04-01T10:00:00Z"),
        chair,
        "corr-end",
        "cause-end");

    Http auditor = auditor();
    await()
        .atMost(Duration.ofSeconds(30))
        .untilAsserted(
            () ->
                assertThat(
                        steps(auditor.get("/audit/nominations/" + nomination + "/timeline").body()))
                    .containsExactly(
                        "SUBMITTED",
                        "NOMINATED",
                        "SELECTED",
                        "APPOINTED",
                        "COMMITTEE_APPOINTMENT",
                        "ENDED"));

    JsonNode timeline = auditor.get("/audit/nominations/" + nomination + "/timeline").body();
    assertThat(timeline.at("/0/actor").asText()).isEqualTo("login-" + sponsor);
    assertThat(timeline.at("/2/reason").asText()).isEqualTo("strongest candidate");
    assertThat(timeline.at("/3/correlationId").asText()).isEqualTo("corr-appoint");
    assertThat(timeline.at("/4/causationId").asText()).isEqualTo("cause-appoint");

    JsonNode roster =
        auditor
            .get("/audit/committees/" + committee + "/roster?asOf=" + start.plusMonths(3))
            .body();
    assertThat(roster.at("/0/memberId").asText()).isEqualTo(protege);
    assertThat(roster.at("/0/source").asText()).isEqualTo("NOMINATION");
    assertThat(roster.at("/0/nominatorId").asText()).isEqualTo(sponsor);
    assertThat(roster.at("/0/sponsorshipId").asText()).isEqualTo(sponsorship);
    assertThat(roster.at("/0/appointedBy").asText()).isEqualTo(chair.subject());
    assertThat(
            auditor
                .get("/audit/committees/" + committee + "/roster?asOf=" + start.plusMonths(10))
                .body())
        .as("the appointment ended early")
        .isEmpty();

    JsonNode actions =
        auditor
            .get("/audit/sponsors/" + sponsor + "/actions?from=2027-04-01&to=2027-05-31&size=1")
            .body();
    assertThat(actions.at("/items/0/step").asText()).isEqualTo("DECLARED");
    assertThat(actions.path("hasMore").asBoolean()).isTrue();
    JsonNode second =
        auditor
            .get(
                "/audit/sponsors/"
                    + sponsor
                    + "/actions?from=2027-04-01&to=2027-05-31&size=1&page=1")
            .body();
    assertThat(second.at("/items/0/step").asText())
        .as("the nomination, as member-service confirmed it under the sponsorship")
        .isEqualTo("NOMINATED");
    assertThat(second.path("hasMore").asBoolean()).isFalse();

    JsonNode nominations = auditor.get("/audit/members/" + protege + "/nominations").body();
    assertThat(nominations.path("items").size()).isEqualTo(1);
    assertThat(nominations.at("/items/0/status").asText()).isEqualTo("SELECTED");
    assertThat(nominations.at("/items/0/nominatorId").asText()).isEqualTo(sponsor);
    assertThat(nominations.at("/items/0/sponsorshipId").asText()).isEqualTo(sponsorship);

    // Staff of another society read nothing of this committee, nomination or member, and learn
    // nothing of what exists; members nothing at all.
    Http otherStaff = Http.onPort(port).as(TestInfrastructure.identity().staffOf("other-" + run));
    for (String path :
        List.of(
            "/audit/committees/" + committee + "/roster",
            "/audit/committees/no-such-committee/roster",
            "/audit/nominations/" + nomination + "/timeline",
            "/audit/nominations/no-such-nomination/timeline",
            "/audit/members/" + protege + "/timeline",
            "/audit/members/no-such-member/timeline")) {
      Http.Response refused = otherStaff.get(path);
      assertThat(refused.status()).as(path).isEqualTo(403);
      assertThat(refused.body().path("detail").asText()).isEqualTo("You may not do this");
    }
    assertThat(
            Http.onPort(port)
                .as(TestInfrastructure.identity().staffOf(society))
                .get("/audit/committees/" + committee + "/roster?asOf=" + start)
                .status())
        .isEqualTo(200);
    assertThat(
            Http.onPort(port)
                .as(TestInfrastructure.identity().member("login-" + protege))
                .get("/audit/members/" + protege + "/nominations")
                .status())
        .isEqualTo(403);
  }

  private org.medsoc.kernel.contracts.member.MembershipChanged membership(
      org.medsoc.kernel.contracts.member.MembershipChanged.Change change,
      org.medsoc.kernel.member.MembershipStatus status,
      LocalDate paidThrough,
      long version) {
    return new org.medsoc.kernel.contracts.member.MembershipChanged(
        protege,
        society,
        change,
        status,
        org.medsoc.kernel.member.MembershipCategory.RESIDENT_FELLOW_IN_TRAINING,
        org.medsoc.kernel.member.TrainingLevel.PGY3,
        paidThrough,
        java.util.Set.of(),
        version,
        null);
  }

  @Test
  void the_audit_says_whether_a_nominee_was_in_good_standing_on_the_day_and_where_it_stood() {
    ActingPrincipal staff = new ActingPrincipal("staff-" + run, List.of("STAFF"));
    publish(
        membership(
            org.medsoc.kernel.contracts.member.MembershipChanged.Change.APPROVED,
            org.medsoc.kernel.member.MembershipStatus.ACTIVE,
            LocalDate.of(2027, 6, 30),
            2),
        Instant.parse("2026-07-01T09:00:00Z"),
        staff,
        "corr-approve",
        "cause-approve");
    publish(
        nominationStep(NominationRecorded.Step.SUBMITTED, null, 1),
        Instant.parse("2027-05-02T10:00:00Z"),
        new ActingPrincipal("login-" + sponsor, List.of("MEMBER")),
        "corr-nominate",
        "cause-nominate");
    publish(
        membership(
            org.medsoc.kernel.contracts.member.MembershipChanged.Change.LAPSED,
            org.medsoc.kernel.member.MembershipStatus.LAPSED,
            LocalDate.of(2027, 6, 30),
            3),
        Instant.parse("2027-07-30T00:00:05Z"),
        ActingPrincipal.system("deadline:membership-lapse"),
        "corr-lapse",
        "cause-lapse");
    publish(
        nominationStep(NominationRecorded.Step.SELECTED, "strong record", 2),
        Instant.parse("2027-08-15T10:00:00Z"),
        new ActingPrincipal("chair-" + run, List.of("MEMBER")),
        "corr-decide",
        "cause-decide");

    await()
        .atMost(Duration.ofSeconds(20))
        .untilAsserted(
            () -> {
              JsonNode onNomination =
                  auditor().get("/audit/members/" + protege + "/standing?asOf=2027-05-02").body();
              assertThat(onNomination).hasSize(1);
              assertThat(onNomination.at("/0/status").asText()).isEqualTo("ACTIVE");
              assertThat(onNomination.at("/0/goodStanding").asBoolean()).isTrue();
              assertThat(onNomination.at("/0/recordedBy").asText()).isEqualTo("staff-" + run);
              JsonNode onDecision =
                  auditor().get("/audit/members/" + protege + "/standing?asOf=2027-08-15").body();
              assertThat(onDecision.at("/0/status").asText()).isEqualTo("LAPSED");
              assertThat(onDecision.at("/0/goodStanding").asBoolean()).isFalse();
              assertThat(
                      auditor()
                          .get("/audit/members/" + protege + "/standing?asOf=2026-01-01")
                          .body())
                  .as("before the membership began")
                  .isEmpty();
              JsonNode inJune =
                  auditor()
                      .get("/audit/members/" + protege + "/nominations?asOf=2027-06-01")
                      .body();
              assertThat(inJune.at("/items/0/status").asText()).isEqualTo("SUBMITTED");
              JsonNode now = auditor().get("/audit/members/" + protege + "/nominations").body();
              assertThat(now.at("/items/0/status").asText()).isEqualTo("SELECTED");
              assertThat(
                      auditor()
                          .get("/audit/members/" + protege + "/nominations?asOf=2027-04-01")
                          .body()
                          .path("items"))
                  .as("not yet nominated")
                  .isEmpty();
            });
    // Staff of another society learn nothing of this membership.
    assertThat(
            Http.onPort(port)
                .as(TestInfrastructure.identity().staffOf("other-" + run))
                .get("/audit/members/" + protege + "/standing?asOf=2027-05-02")
                .status())
        .isEqualTo(403);
  }

  @Test
  void
      fairness_counts_who_is_nominated_and_appointed_by_stage_section_and_institution_hiding_few() {
    ActingPrincipal staff = new ActingPrincipal("staff-" + run, List.of("STAFF"));
    Instant joined = Instant.parse("2031-01-05T09:00:00Z");
    for (int i = 0; i < 6; i++) {
      String resident = "resident-" + i + "-" + run;
      publish(
          new org.medsoc.kernel.contracts.member.MembershipChanged(
              resident,
              society,
              org.medsoc.kernel.contracts.member.MembershipChanged.Change.APPROVED,
              org.medsoc.kernel.member.MembershipStatus.ACTIVE,
              org.medsoc.kernel.member.MembershipCategory.RESIDENT_FELLOW_IN_TRAINING,
              org.medsoc.kernel.member.TrainingLevel.PGY2,
              LocalDate.of(2032, 1, 1),
              java.util.Set.of("section-" + run),
              1,
              null,
              i < 5 ? "General Hospital " + run : "Small Clinic " + run),
          joined,
          staff,
          "corr-join-" + i,
          "cause-join-" + i);
      publish(
          new NominationRecorded(
              "fair-nomination-" + i + "-" + run,
              NominationRecorded.Step.SUBMITTED,
              "call-fair-" + run,
              committee,
              society,
              NominationRecorded.Purpose.COMMITTEE_SEAT,
              "Education Committee",
              "MEMBER",
              sponsor,
              resident,
              null,
              null,
              null,
              null,
              LocalDate.of(2031, 3, 1),
              1),
          Instant.parse("2031-03-01T10:00:00Z"),
          new ActingPrincipal("login-" + sponsor, List.of("MEMBER")),
          "corr-fair-" + i,
          "cause-fair-" + i);
    }
    for (int i = 0; i < 2; i++) {
      publish(
          new AppointmentRecorded(
              committee,
              "fair-appointment-" + i + "-" + run,
              AppointmentRecorded.Step.APPOINTED,
              "Education Committee",
              society,
              "resident-" + i + "-" + run,
              "MEMBER",
              LocalDate.of(2031, 7, 1),
              LocalDate.of(2033, 6, 30),
              null,
              null,
              null,
              1),
          Instant.parse("2031-06-01T10:00:00Z"),
          staff,
          "corr-fair-appoint-" + i,
          "cause-fair-appoint-" + i);
    }
    await()
        .atMost(Duration.ofSeconds(20))
        .untilAsserted(
            () -> {
              JsonNode counts = auditor().get("/audit/fairness?fromYear=2031&toYear=2031").body();
              assertThat(counts.toString())
                  .contains(
                      "{\"year\":2031,\"measure\":\"NOMINATED\",\"by\":\"CAREER_STAGE\","
                          + "\"group\":\"RESIDENT\",\"count\":6}")
                  .as("two appointments: too few to show")
                  .contains(
                      "{\"year\":2031,\"measure\":\"APPOINTED\",\"by\":\"CAREER_STAGE\","
                          + "\"group\":\"RESIDENT\"}");
            });
    assertThat(
            auditor().get("/audit/fairness?fromYear=2031&toYear=2031&by=SECTION").body().toString())
        .contains(
            "{\"year\":2031,\"measure\":\"NOMINATED\",\"by\":\"SECTION\",\"group\":\"section-"
                + run
                + "\",\"count\":6}");
    assertThat(
            auditor()
                .get("/audit/fairness?fromYear=2031&toYear=2031&by=INSTITUTION")
                .body()
                .toString())
        .contains(
            "{\"year\":2031,\"measure\":\"NOMINATED\",\"by\":\"INSTITUTION\","
                + "\"group\":\"General Hospital "
                + run
                + "\",\"count\":5}")
        .as("one nominee from a small clinic: too few to show")
        .contains(
            "{\"year\":2031,\"measure\":\"NOMINATED\",\"by\":\"INSTITUTION\","
                + "\"group\":\"Small Clinic "
                + run
                + "\"}");
    Http.Response unknownGroup =
        auditor().get("/audit/fairness?fromYear=2031&toYear=2031&by=GENDER");
    assertThat(unknownGroup.status()).isEqualTo(400);
    assertThat(unknownGroup.body().at("/errors/0/field").asText()).isEqualTo("by");
    Http.Response backwards = auditor().get("/audit/fairness?fromYear=2031&toYear=2030");
    assertThat(backwards.status()).isEqualTo(400);
    assertThat(backwards.body().toString()).contains("toYear");
  }

  @Test
  void a_nomination_is_shown_under_a_sponsorship_only_once_member_service_confirms_it() {
    String claimed = "sponsorship-claimed-" + run;
    String nominee = "nominee-" + run;
    String claimant = "claimant-" + run;
    String unconfirmed = "nomination-unconfirmed-" + run;
    publish(
        new NominationRecorded(
            unconfirmed,
            NominationRecorded.Step.SUBMITTED,
            "call-" + run,
            committee,
            society,
            NominationRecorded.Purpose.COMMITTEE_SEAT,
            "Resident representative",
            "TRAINEE_REPRESENTATIVE",
            claimant,
            nominee,
            claimed,
            null,
            null,
            null,
            start.minusMonths(2),
            1),
        Instant.parse("2027-05-03T10:00:00Z"),
        new ActingPrincipal("login-" + claimant, List.of("MEMBER")),
        "corr-claim",
        "cause-claim");
    Http auditor = auditor();
    await()
        .atMost(Duration.ofSeconds(30))
        .untilAsserted(
            () ->
                assertThat(
                        auditor
                            .get("/audit/members/" + nominee + "/nominations")
                            .body()
                            .path("items"))
                    .hasSize(1));
    assertThat(
            auditor
                .get("/audit/members/" + nominee + "/nominations")
                .body()
                .at("/items/0/sponsorshipId")
                .isMissingNode())
        .isTrue();
    assertThat(
            auditor
                .get("/audit/sponsors/" + claimant + "/actions?from=2027-01-01&to=2027-12-31")
                .body()
                .path("items"))
        .isEmpty();
  }

  @Test
  void a_mentorship_joins_both_members_timelines_step_by_step() {
    String mentee = "mentee-" + run;
    String mentor = "mentor-" + run;
    String mentorship = "mentorship-" + run;
    ActingPrincipal menteeLogin = new ActingPrincipal("login-" + mentee, List.of("MEMBER"));
    ActingPrincipal mentorLogin = new ActingPrincipal("login-" + mentor, List.of("MEMBER"));
    publish(
        new MentorshipStepRecorded(
            mentorship,
            MentorshipStepRecorded.Step.REQUESTED,
            mentee,
            mentor,
            "RESEARCH",
            mentee,
            null,
            0),
        Instant.parse("2027-02-01T09:00:00Z"),
        menteeLogin,
        "corr-m",
        "cause-m0");
    publish(
        new MentorshipStepRecorded(
            mentorship,
            MentorshipStepRecorded.Step.ACCEPTED,
            mentee,
            mentor,
            null,
            mentor,
            null,
            1),
        Instant.parse("2027-02-03T09:00:00Z"),
        mentorLogin,
        "corr-m",
        "cause-m1");
    publish(
        new MentorshipStepRecorded(
            mentorship,
            MentorshipStepRecorded.Step.CHECKED_IN,
            mentee,
            mentor,
            null,
            mentee,
            LocalDate.of(2027, 5, 2),
            2),
        Instant.parse("2027-05-02T18:00:00Z"),
        menteeLogin,
        "corr-m2",
        "cause-m2");
    Http auditor = auditor();
    await()
        .atMost(Duration.ofSeconds(30))
        .untilAsserted(
            () ->
                assertThat(
                        steps(
                            auditor
                                .get("/audit/members/" + mentor + "/timeline")
                                .body()
                                .path("items")))
                    .containsExactly("REQUESTED", "ACCEPTED", "CHECKED_IN"));
    JsonNode menteeTimeline =
        auditor.get("/audit/members/" + mentee + "/timeline").body().path("items");
    assertThat(steps(menteeTimeline)).containsExactly("REQUESTED", "ACCEPTED", "CHECKED_IN");
    assertThat(menteeTimeline.at("/0/kind").asText()).isEqualTo("MENTORSHIP");
    assertThat(menteeTimeline.at("/1/actor").asText()).isEqualTo("login-" + mentor);
    assertThat(menteeTimeline.at("/2/detail/heldOn").asText()).isEqualTo("2027-05-02");
  }

  @Test
  void an_erased_mentor_stays_in_the_facts_shown_as_erased_and_their_institution_is_gone() {
    String mentee = "kept-mentee-" + run;
    String mentor = "erased-mentor-" + run;
    publish(
        new MentorshipStepRecorded(
            "mentorship-erased-" + run,
            MentorshipStepRecorded.Step.REQUESTED,
            mentee,
            mentor,
            "CAREER",
            mentee,
            null,
            0),
        Instant.parse("2027-02-01T09:00:00Z"),
        new ActingPrincipal("login-" + mentee, List.of("MEMBER")),
        "corr-e",
        "cause-e0");
    publish(
        new org.medsoc.kernel.contracts.member.MembershipChanged(
            mentor,
            society,
            org.medsoc.kernel.contracts.member.MembershipChanged.Change.APPROVED,
            org.medsoc.kernel.member.MembershipStatus.ACTIVE,
            org.medsoc.kernel.member.MembershipCategory.FULL,
            org.medsoc.kernel.member.TrainingLevel.ATTENDING,
            start,
            java.util.Set.of(),
            1,
            null,
            "Karolinska Institutet"),
        Instant.parse("2027-01-01T09:00:00Z"),
        new ActingPrincipal("staff", List.of("STAFF")),
        "corr-e1",
        "cause-e1");
    publish(
        new org.medsoc.kernel.contracts.member.IntroductionRecorded(
            "introduction-erased-" + run,
            org.medsoc.kernel.contracts.member.IntroductionRecorded.Step.PROPOSED,
            "introducer-" + run,
            mentor,
            mentee,
            null,
            "introducer-" + run,
            "you both run resident QI",
            null,
            null,
            0,
            null),
        Instant.parse("2027-02-02T09:00:00Z"),
        new ActingPrincipal("login-introducer-" + run, List.of("MEMBER")),
        "corr-e3",
        "cause-e3");
    publish(
        new org.medsoc.kernel.contracts.member.MemberErased(
            mentor, "CONSENT_WITHDRAWN", LocalDate.of(2027, 3, 1), 2),
        Instant.parse("2027-03-01T09:00:00Z"),
        new ActingPrincipal("login-" + mentor, List.of("MEMBER")),
        "corr-e2",
        "cause-e2");
    Http auditor = auditor();
    await()
        .atMost(Duration.ofSeconds(30))
        .untilAsserted(
            () -> {
              JsonNode timeline =
                  auditor.get("/audit/members/" + mentee + "/timeline").body().path("items");
              assertThat(steps(timeline))
                  .as("the facts stay")
                  .containsExactly("REQUESTED", "PROPOSED");
              assertThat(timeline.at("/1/reason").asText())
                  .as("the words about her go with her")
                  .isEqualTo("[erased]");
              assertThat(timeline.at("/1/detail/reason").asText()).isEqualTo("[erased]");
              assertThat(timeline.at("/0/erasedMembers/0").asText())
                  .as("with the person shown as erased")
                  .isEqualTo(mentor);
            });
    assertThat(
            new org.springframework.jdbc.core.JdbcTemplate(dataSource)
                .queryForList(
                    "SELECT institution FROM audit_membership_state WHERE member_id = ?",
                    String.class,
                    mentor))
        .hasSize(1)
        .containsOnlyNulls();
  }

  @Test
  void bad_questions_are_answered_with_the_field_and_the_reason() {
    Http auditor = auditor();
    Http.Response inverted = auditor.get("/audit/sponsors/x/actions?from=2027-05-01&to=2027-04-01");
    assertThat(inverted.status()).isEqualTo(400);
    assertThat(inverted.contentType()).startsWith("application/problem+json");
    assertThat(inverted.body().at("/errors/0/field").asText()).isEqualTo("to");
    Http.Response malformed =
        auditor.get("/audit/sponsors/x/actions?from=2027-13-45&to=2027-04-01");
    assertThat(malformed.status()).isEqualTo(400);
    assertThat(malformed.body().toString()).contains("from");
    assertThat(auditor.get("/audit/nominations/no-such-nomination/timeline").status())
        .isEqualTo(404);
    assertThat(auditor.get("/audit/committees/no-such-committee/roster").status()).isEqualTo(404);
    Http.Response tooBig = auditor.get("/audit/members/x/timeline?size=100000");
    assertThat(tooBig.status()).isEqualTo(400);
    assertThat(tooBig.body().at("/errors/0/field").asText()).isEqualTo("size");
    Http.Response format =
        auditor.get("/audit/actions/export?from=2027-01-01&to=2027-01-02&format=xml");
    assertThat(format.status()).isEqualTo(400);
    assertThat(
            auditor
                .get(
                    "/audit/actions/export?from="
                        + LocalDate.now(ZoneOffset.UTC)
                        + "&to="
                        + LocalDate.now(ZoneOffset.UTC)
                        + "&format=json")
                .status())
        .isEqualTo(200);
  }

  private static List<String> steps(JsonNode actions) {
    List<String> steps = new java.util.ArrayList<>();
    actions.forEach(action -> steps.add(action.path("step").asText()));
    return steps;
  }
}
