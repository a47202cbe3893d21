package org.medsoc.member;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.medsoc.kernel.contracts.member.ContactPointChanged;
import org.medsoc.kernel.contracts.member.MembershipChanged;
import org.medsoc.kernel.messaging.EventEnvelope;
import org.medsoc.kernel.messaging.IntegrationEventCodec;
import org.medsoc.kernel.messaging.Topics;
import org.medsoc.member.member.query.MemberDirectory;
import org.medsoc.platform.axon.ProjectionRebuilder;
import org.medsoc.testsupport.Http;
import org.medsoc.testsupport.TestInfrastructure;
import org.medsoc.testsupport.TopicReader;
import org.springframework.beans.factory.annotation.Autowired;

class MembershipApiTest extends MemberServiceTestBase {

  @Autowired ProjectionRebuilder rebuilder;

  private final IntegrationEventCodec codec = new IntegrationEventCodec();

  @Test
  void a_resident_becomes_an_active_member_of_a_section_and_other_services_are_told() {
    String societyId = newSociety("American Academy of Dermatology");
    String sectionId = newSection(societyId, "Residents and Fellows");
    String memberId = newMember("Okafor", "PGY2");
    Http traced = http.withHeader("X-Correlation-Id", "portal-request-42");

    expect(
        traced.post(
            "/members/" + memberId + "/memberships",
            Map.of("societyId", societyId, "category", "RESIDENT_FELLOW_IN_TRAINING")),
        201);
    expect(
        traced.post(
            "/members/" + memberId + "/memberships/" + societyId + "/approval",
            paidPeriod(LocalDate.now().plusYears(1))),
        204);
    expect(
        http.put(
            "/members/" + memberId + "/memberships/" + societyId + "/sections/" + sectionId, "{}"),
        204);

    assertThat(store.eventTypesOf(memberId))
        .containsExactly(
            "MemberRegistered", "MembershipApplied", "MembershipApproved", "SectionJoined");
    await()
        .atMost(Duration.ofSeconds(10))
        .untilAsserted(
            () -> {
              JsonNode member = expect(http.get("/members/" + memberId), 200);
              assertThat(member.at("/memberships/0/status").asText()).isEqualTo("ACTIVE");
              assertThat(member.at("/memberships/0/sectionIds/0").asText()).isEqualTo(sectionId);
              assertThat(member.at("/profile/email").asText()).startsWith("okafor-");
            });

    try (TopicReader topic =
        new TopicReader(TestInfrastructure.kafkaBootstrapServers(), Topics.MEMBERSHIPS)) {
      ConsumerRecord<String, String> approved =
          topic.await(
              r -> memberId.equals(r.key()) && r.value().contains("\"APPROVED\""),
              Duration.ofSeconds(15));
      EventEnvelope envelope = codec.decode(approved.value());
      MembershipChanged fact = codec.payload(envelope, MembershipChanged.class);
      assertThat(fact.status().name()).isEqualTo("ACTIVE");
      assertThat(fact.trainingLevel().name()).isEqualTo("PGY2");
      assertThat(fact.paidThrough()).isEqualTo(LocalDate.now().plusYears(1));
      assertThat(envelope.correlationId()).isEqualTo("portal-request-42");
      assertThat(envelope.causationId()).isNotBlank().isNotEqualTo(envelope.eventId().toString());
      assertThat(envelope.principal().subject()).isEqualTo("staff-platform");
      assertThat(envelope.principal().roles()).containsExactly("STAFF");
      assertThat(envelope.occurredAt()).isNotNull();
      assertThat(approved.value()).doesNotContain("okafor-").doesNotContain("@example.org");
    }
    // The address and the name go to notification-service's topic, and nothing else of the profile.
    try (TopicReader topic =
        new TopicReader(TestInfrastructure.kafkaBootstrapServers(), Topics.CONTACTS)) {
      ConsumerRecord<String, String> registered =
          topic.await(r -> memberId.equals(r.key()), Duration.ofSeconds(15));
      ContactPointChanged contact =
          codec.payload(codec.decode(registered.value()), ContactPointChanged.class);
      assertThat(contact.email()).startsWith("okafor-").endsWith("@example.org");
      assertThat(contact.displayName()).endsWith("Okafor");
      List<String> fields = new ArrayList<>();
      codec.decode(registered.value()).payload().fieldNames().forEachRemaining(fields::add);
      assertThat(fields)
          .as("nothing else of the profile (staff registered this member: no login to name)")
          .containsExactlyInAnyOrder("memberId", "email", "displayName", "memberVersion");
    }
  }

  @Test
  void the_roster_filters_by_status_category_section_and_training_level_and_pages() {
    String societyId = newSociety("Society of Hospital Medicine");
    String sectionId = newSection(societyId, "Early Career Hospitalists");
    String adams = activeMember(societyId, "Adams", "PGY1", "RESIDENT_FELLOW_IN_TRAINING");
    String baker = activeMember(societyId, "Baker", "ATTENDING", "EARLY_CAREER");
    String clark = activeMember(societyId, "Clark", "ATTENDING", "FULL");
    String pending = newMember("Diaz", "MS3");
    expect(
        http.post(
            "/members/" + pending + "/memberships",
            Map.of("societyId", societyId, "category", "STUDENT")),
        201);
    expect(
        http.put(
            "/members/" + baker + "/memberships/" + societyId + "/sections/" + sectionId, "{}"),
        204);

    await()
        .atMost(Duration.ofSeconds(10))
        .untilAsserted(
            () ->
                assertThat(
                        expect(http.get("/societies/" + societyId + "/roster"), 200)
                            .path("totalItems")
                            .asLong())
                    .isEqualTo(4));

    assertThat(rosterIds(societyId, "status=ACTIVE")).containsExactly(adams, baker, clark);
    assertThat(rosterIds(societyId, "status=PENDING")).containsExactly(pending);
    assertThat(rosterIds(societyId, "category=EARLY_CAREER")).containsExactly(baker);
    assertThat(rosterIds(societyId, "sectionId=" + sectionId)).containsExactly(baker);
    assertThat(rosterIds(societyId, "trainingLevel=ATTENDING&status=ACTIVE"))
        .containsExactly(baker, clark);
    JsonNode secondPage =
        expect(http.get("/societies/" + societyId + "/roster?size=2&page=1"), 200);
    assertThat(secondPage.path("totalItems").asLong()).isEqualTo(4);
    assertThat(secondPage.path("items").size()).isEqualTo(2);
    assertThat(secondPage.at("/items/0/familyName").asText()).isEqualTo("Clark");
  }

  @Test
  void a_rebuilt_directory_gives_the_same_answers() {
    String societyId = newSociety("American College of Physicians");
    String memberId = activeMember(societyId, "Evans", "FELLOW", "RESIDENT_FELLOW_IN_TRAINING");
    expect(
        http.put("/members/" + memberId + "/training-level", Map.of("trainingLevel", "ATTENDING")),
        204);
    await()
        .atMost(Duration.ofSeconds(10))
        .untilAsserted(
            () ->
                assertThat(
                        expect(http.get("/members/" + memberId), 200)
                            .at("/memberships/0/category")
                            .asText())
                    .isEqualTo("EARLY_CAREER"));
    JsonNode memberBefore = expect(http.get("/members/" + memberId), 200);
    JsonNode rosterBefore = expect(http.get("/societies/" + societyId + "/roster"), 200);

    rebuilder.rebuild(MemberDirectory.PROCESSING_GROUP);

    await()
        .atMost(Duration.ofSeconds(20))
        .untilAsserted(
            () -> {
              assertThat(expect(http.get("/members/" + memberId), 200)).isEqualTo(memberBefore);
              assertThat(expect(http.get("/societies/" + societyId + "/roster"), 200))
                  .isEqualTo(rosterBefore);
            });
  }

  private java.util.List<String> rosterIds(String societyId, String filter) {
    JsonNode page = expect(http.get("/societies/" + societyId + "/roster?" + filter), 200);
    java.util.List<String> ids = new java.util.ArrayList<>();
    page.path("items").forEach(item -> ids.add(item.path("memberId").asText()));
    return ids;
  }
}
