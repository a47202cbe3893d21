package org.medsoc.systemtests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.junit.jupiter.api.Test;
import org.medsoc.kernel.messaging.Topics;
import org.medsoc.testsupport.Http;
import org.medsoc.testsupport.TestInfrastructure;
import org.medsoc.testsupport.TopicReader;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A member who was sponsored and given a letter, sponsored and introduced others, nominated and was
 * nominated asks to be forgotten: her name, address, letter and the statement about her read as
 * erased in every service, the facts stay, the audit names her as erased in who nominated whom, and
 * every service's chain still verifies.
 */
class ErasureAcrossServicesTest {

  private final RunningPlatform platform = RunningPlatform.get();

  @Test
  void a_member_with_a_whole_network_is_forgotten_everywhere_while_the_history_holds() {
    String run = String.valueOf(System.nanoTime());
    LocalDate today = LocalDate.now(ZoneOffset.UTC);
    String societyId =
        staff(platform.member)
            .post("/societies", Map.of("name", "Erasure Society " + run, "kind", "SPECIALTY"))
            .text("societyId");
    String ines = "erase-ines-" + run;
    String pat = "erase-pat-" + run;
    String kim = "erase-kim-" + run;
    String lee = "erase-lee-" + run;
    String inesId =
        Members.active(
            platform.member, ines, "Ines", "PGY3", "RESIDENT_FELLOW_IN_TRAINING", societyId);
    String patId = Members.active(platform.member, pat, "Pat", "ATTENDING", "FULL", societyId);
    String kimId =
        Members.active(
            platform.member, kim, "Kim", "PGY1", "RESIDENT_FELLOW_IN_TRAINING", societyId);
    String leeId = Members.active(platform.member, lee, "Lee", "ATTENDING", "FULL", societyId);

    // Pat sponsors Ines and writes her a letter; Ines sponsors Kim and introduces Kim to Lee.
    String patForInes =
        as(platform.member, pat)
            .post("/sponsorships", Map.of("protegeId", inesId, "goals", "a national committee"))
            .text("sponsorshipId");
    String letterId =
        as(platform.member, ines)
            .post(
                "/sponsorships/" + patForInes + "/letters",
                Map.of("purpose", "Chief residency", "deadline", today.plusWeeks(6).toString()))
            .text("letterId");
    assertThat(
            as(platform.member, pat)
                .post(
                    "/sponsorships/" + patForInes + "/letters/" + letterId + "/submission",
                    Map.of("content", "Ines rebuilt our sepsis pathway single-handed"))
                .status())
        .isEqualTo(204);
    String inesForKim =
        as(platform.member, ines)
            .post("/sponsorships", Map.of("protegeId", kimId, "goals", "first publication"))
            .text("sponsorshipId");
    Http.Response introduced =
        as(platform.member, ines)
            .post(
                "/introductions",
                Map.of(
                    "firstMemberId", kimId,
                    "secondMemberId", leeId,
                    "reason", "you both work on sepsis QI"));
    assertThat(introduced.status()).as(introduced.toString()).isEqualTo(201);
    String introductionId = introduced.text("introductionId");

    // Pat nominates Ines; Ines nominates Kim.
    Http committeeStaff = staff(platform.committee);
    String committeeId =
        committeeStaff
            .post(
                "/societies/" + societyId + "/committees",
                Map.of(
                    "name",
                    "Quality Council",
                    "seatPlan",
                    Map.of("MEMBER", 3),
                    "defaultTermYears",
                    1))
            .text("committeeId");
    String callId =
        committeeStaff
            .post(
                "/committees/" + committeeId + "/calls",
                Map.of(
                    "purpose", "COMMITTEE_SEAT",
                    "title", "Quality Council seats",
                    "roles", List.of("MEMBER"),
                    "opensOn", today.toString(),
                    "closesOn", today.plusDays(20).toString()))
            .text("callId");
    for (String memberId : List.of(inesId, patId, kimId)) {
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
    Http.Response ofInes =
        as(platform.committee, pat)
            .post(
                "/calls/" + callId + "/nominations",
                Map.of(
                    "nomineeId",
                    inesId,
                    "role",
                    "MEMBER",
                    "statement",
                    "Ines leads our QI curriculum",
                    "sponsorshipId",
                    patForInes));
    assertThat(ofInes.status()).as(ofInes.toString()).isEqualTo(201);
    String nominationOfInes = ofInes.text("nominationId");
    Http.Response ofKim =
        as(platform.committee, ines)
            .post(
                "/calls/" + callId + "/nominations",
                Map.of("nomineeId", kimId, "role", "MEMBER", "statement", "Kim is tireless"));
    assertThat(ofKim.status()).as(ofKim.toString()).isEqualTo(201);
    Http auditor = auditor(platform.audit);
    await()
        .atMost(Duration.ofSeconds(40))
        .until(
            () ->
                auditor.get("/audit/members/" + inesId + "/nominations").body().path("items").size()
                    == 1);

    // Ines asks to be forgotten.
    assertThat(
            as(platform.member, ines)
                .post(
                    "/members/" + inesId + "/erasure",
                    Map.of("reason", "leaving medicine", "legalBasis", "CONSENT_WITHDRAWN"))
                .status())
        .isEqualTo(204);

    String email = ines + "@example.org";
    // member-service: the views, and the event store as the application reads it.
    await()
        .atMost(Duration.ofSeconds(20))
        .untilAsserted(
            () ->
                assertThat(staff(platform.member).get("/members/" + inesId).body().toString())
                    .doesNotContain("Ines", email)
                    .contains("[erased]"));
    EventStore memberEvents = platform.member.getBean(EventStore.class);
    assertThat(
            memberEvents
                .readEvents(patForInes)
                .asStream()
                .map(DomainEventMessage::getPayload)
                .map(String::valueOf)
                .toList()
                .toString())
        .as("the letter for her is unreadable")
        .doesNotContain("sepsis pathway", "Chief residency", "national committee")
        .contains("[erased]");
    assertThat(
            memberEvents
                .readEvents(introductionId)
                .asStream()
                .map(m -> String.valueOf(m.getPayload()))
                .toList()
                .toString())
        .as("her reason for introducing two others describes all three: it goes with her")
        .doesNotContain("sepsis QI")
        .contains("[erased]");
    await()
        .atMost(Duration.ofSeconds(20))
        .untilAsserted(
            () ->
                assertThat(
                        as(platform.member, kim)
                            .get("/members/" + kimId + "/introductions/received")
                            .body()
                            .toString())
                    .doesNotContain("sepsis QI"));
    assertThat(
            memberEvents
                .readEvents(inesForKim)
                .asStream()
                .map(m -> String.valueOf(m.getPayload()))
                .toList()
                .toString())
        .as("what she wrote of Kim is Kim's, and stays")
        .contains("first publication");

    // committee-service: the statement about her, not the one she made about Kim.
    await()
        .atMost(Duration.ofSeconds(30))
        .untilAsserted(
            () -> {
              EventStore committeeEvents = platform.committee.getBean(EventStore.class);
              String stored =
                  committeeEvents
                      .readEvents(callId)
                      .asStream()
                      .map(m -> String.valueOf(m.getPayload()))
                      .toList()
                      .toString();
              assertThat(stored)
                  .doesNotContain("Ines leads our QI curriculum")
                  .contains("Kim is tireless");
            });

    // The views: the statement about her in the call's review, the letter in its author's view.
    await()
        .atMost(Duration.ofSeconds(30))
        .untilAsserted(
            () ->
                assertThat(
                        committeeStaff.get("/calls/" + callId + "/submissions").body().toString())
                    .doesNotContain("Ines leads our QI curriculum")
                    .contains("Kim is tireless", "[erased]"));
    assertThat(
            as(platform.member, pat).get("/members/" + patId + "/sponsorships").body().toString())
        .as("even its author reads the letter for her as erased")
        .doesNotContain("sepsis pathway", "national committee")
        .contains("[erased]");

    // No member any more: committee-service hears she resigned, and nobody nominates her again.
    await()
        .atMost(Duration.ofSeconds(30))
        .until(
            () ->
                committeeStaff
                    .get("/member-eligibility/" + inesId)
                    .body()
                    .at("/0/status")
                    .asText()
                    .equals("RESIGNED"));
    assertThat(
            as(platform.committee, kim)
                .post(
                    "/calls/" + callId + "/nominations",
                    Map.of("nomineeId", inesId, "role", "MEMBER", "statement", "again"))
                .status())
        .isBetween(400, 499);
    try (TopicReader memberships =
        new TopicReader(TestInfrastructure.kafkaBootstrapServers(), Topics.MEMBERSHIPS)) {
      assertThat(
              memberships
                  .await(
                      r -> inesId.equals(r.key()) && r.value().contains("RESIGNED"),
                      Duration.ofSeconds(20))
                  .value())
          .as("a fact published after the erasure carries nothing of hers")
          .doesNotContain("University Hospital", email);
    }

    // The facts published afterwards, notification-service, the audit.
    try (TopicReader contacts =
        new TopicReader(TestInfrastructure.kafkaBootstrapServers(), Topics.CONTACTS)) {
      contacts.await(
          r -> inesId.equals(r.key()) && !r.value().contains("\"email\""), Duration.ofSeconds(20));
    }
    await()
        .atMost(Duration.ofSeconds(30))
        .until(
            () ->
                new JdbcTemplate(platform.notification.getBean(DataSource.class))
                        .queryForObject(
                            "SELECT count(*) FROM recipient WHERE member_id = ? AND email IS NULL",
                            Integer.class,
                            inesId)
                    == 1);
    assertThat(
            new JdbcTemplate(platform.notification.getBean(DataSource.class))
                .queryForObject(
                    "SELECT count(*) FROM notification WHERE member_id = ?", Integer.class, inesId))
        .isZero();
    await()
        .atMost(Duration.ofSeconds(30))
        .untilAsserted(
            () -> {
              JsonNode nominations =
                  auditor.get("/audit/nominations/" + nominationOfInes + "/timeline").body();
              assertThat(nominations.toString())
                  .as("who nominated whom stays, with her shown as erased")
                  .contains(patId, inesId, "\"erasedMembers\":[\"" + inesId + "\"]")
                  .doesNotContain(email, "Ines leads");
            });

    for (ConfigurableApplicationContext service :
        List.of(platform.member, platform.committee, platform.events, platform.audit)) {
      JsonNode chain = auditor(service).get("/audit/event-chain").body();
      assertThat(chain.path("firstBrokenLink").isMissingNode()).as(chain.toString()).isTrue();
    }
  }

  private static Http staff(ConfigurableApplicationContext service) {
    return RunningPlatform.http(service).as(TestInfrastructure.identity().platformStaff());
  }

  private static Http as(ConfigurableApplicationContext service, String login) {
    return RunningPlatform.http(service).as(TestInfrastructure.identity().member(login));
  }

  private static Http auditor(ConfigurableApplicationContext service) {
    return RunningPlatform.http(service)
        .as(TestInfrastructure.identity().token("auditor-erasure", List.of("AUDITOR"), List.of()));
  }
}
