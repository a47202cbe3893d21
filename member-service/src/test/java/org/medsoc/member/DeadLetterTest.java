package org.medsoc.member;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.medsoc.kernel.messaging.Topics;
import org.medsoc.member.member.api.MemberRegistered;
import org.medsoc.member.member.api.MembershipApplied;
import org.medsoc.testsupport.Http;
import org.medsoc.testsupport.ProcessorSegments;
import org.medsoc.testsupport.TestInfrastructure;
import org.medsoc.testsupport.TopicReader;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * An event a read model or the publisher cannot handle is set aside with the later events of its
 * aggregate, the rest of its segment flows on, and platform staff list and retry it after the fix.
 */
class DeadLetterTest extends MemberServiceTestBase {

  private static final int DIRECTORY_SEGMENTS = 4;

  @Test
  void a_registration_the_directory_cannot_store_waits_aside_while_its_segment_flows_on() {
    String societyId = newSociety("Dead Letter Society " + UUID.randomUUID());
    String poisoned = UUID.randomUUID().toString();
    // As an older version stored it, before a family name was required.
    store.append(
        "Member",
        poisoned,
        0,
        MemberRegistered.class,
        """
        {"memberId":"%s","profile":{"givenName":"Ada","familyName":null,"institution":"Old Hospital",
         "email":"ada-%s@example.org"},"trainingLevel":"PGY1"}
        """
            .formatted(poisoned, poisoned));
    store.append(
        "Member",
        poisoned,
        1,
        MembershipApplied.class,
        """
        {"memberId":"%s","societyId":"%s","category":"RESIDENT_FELLOW_IN_TRAINING","trainingLevel":"PGY1"}
        """
            .formatted(poisoned, societyId));

    List<String> sameSegment = new ArrayList<>();
    List<String> later = new ArrayList<>();
    while (sameSegment.size() < 2 && later.size() < 80) {
      String memberId = newMember("Later", "PGY2");
      later.add(memberId);
      if (ProcessorSegments.shared(DIRECTORY_SEGMENTS, poisoned, memberId)) {
        sameSegment.add(memberId);
      }
    }
    assertThat(sameSegment).as("members in the poisoned event's segment").hasSize(2);
    await()
        .atMost(Duration.ofSeconds(20))
        .untilAsserted(
            () ->
                assertThat(later)
                    .allSatisfy(
                        id -> assertThat(http.get("/members/" + id).status()).isEqualTo(200)));
    assertThat(http.get("/members/" + poisoned).status()).isEqualTo(404);

    List<JsonNode> letters = lettersOf("member-directory", poisoned);
    assertThat(letters).hasSize(2);
    assertThat(letters.get(0).path("payloadType").asText()).endsWith("MemberRegistered");
    assertThat(letters.get(0).path("causeMessage").asText()).contains("family_name");
    assertThat(letters.get(1).path("payloadType").asText()).endsWith("MembershipApplied");

    JsonNode unfixed =
        expect(http.post("/operations/dead-letters/member-directory/retry", "{}"), 200);
    assertThat(unfixed.path("retried").asInt()).isZero();
    assertThat(unfixed.path("stillDead").asInt()).isEqualTo(1);

    // The fix: a migration that takes registrations stored without a family name.
    new JdbcTemplate(dataSource)
        .execute("ALTER TABLE directory_member ALTER COLUMN family_name DROP NOT NULL");
    JsonNode fixed =
        expect(http.post("/operations/dead-letters/member-directory/retry", "{}"), 200);
    assertThat(fixed.path("retried").asInt()).isEqualTo(1);
    assertThat(fixed.path("stillDead").asInt()).isZero();
    JsonNode member = expect(http.get("/members/" + poisoned), 200);
    assertThat(member.path("memberships").get(0).path("status").asText()).isEqualTo("PENDING");
    assertThat(lettersOf("member-directory", poisoned)).isEmpty();
  }

  @Test
  void a_fact_the_publisher_cannot_build_stops_only_its_member_and_the_service_says_so() {
    String societyId = newSociety("Publisher Society " + UUID.randomUUID());
    String orphan = UUID.randomUUID().toString();
    // An application whose registration the publisher never saw.
    store.append(
        "Member",
        orphan,
        0,
        MembershipApplied.class,
        """
        {"memberId":"%s","societyId":"%s","category":"RESIDENT_FELLOW_IN_TRAINING","trainingLevel":"PGY1"}
        """
            .formatted(orphan, societyId));
    String later = activeMember(societyId, "Afterwards", "PGY2", "RESIDENT_FELLOW_IN_TRAINING");

    try (TopicReader memberships =
        new TopicReader(TestInfrastructure.kafkaBootstrapServers(), Topics.MEMBERSHIPS)) {
      memberships.await(
          r -> later.equals(r.key()) && r.value().contains("APPROVED"), Duration.ofSeconds(20));
      assertThat(lettersOf("integration-publisher", orphan)).hasSize(1);
      Http.Response health = Http.onPort(port).get("/actuator/health");
      assertThat(health.status()).isEqualTo(503);
      assertThat(health.text("status")).isEqualTo("OUT_OF_SERVICE");

      // The repair: the publisher's own record of the member, restored by an operator.
      new JdbcTemplate(dataSource)
          .update(
              "INSERT INTO published_member (member_id, training_level) VALUES (?, 'PGY1')",
              orphan);
      JsonNode retried =
          expect(
              http.post(
                  "/operations/dead-letters/integration-publisher/retry?sequenceIdentifier="
                      + orphan,
                  "{}"),
              200);
      assertThat(retried.path("retried").asInt()).isEqualTo(1);
      memberships.await(
          r -> orphan.equals(r.key()) && r.value().contains("APPLIED"), Duration.ofSeconds(20));
      assertThat(Http.onPort(port).get("/actuator/health").text("status")).isEqualTo("UP");
    }
  }

  @Test
  void only_platform_staff_see_what_was_set_aside() {
    String societyId = newSociety("Closed Society " + UUID.randomUUID());
    Http societyStaff = Http.onPort(port).as(TestInfrastructure.identity().staffOf(societyId));
    assertThat(societyStaff.get("/operations/dead-letters").status()).isEqualTo(403);
    assertThat(societyStaff.post("/operations/dead-letters/member-directory/retry", "{}").status())
        .isEqualTo(403);
  }

  private List<JsonNode> lettersOf(String processingGroup, String aggregateId) {
    JsonNode report =
        expect(http.get("/operations/dead-letters?processingGroup=" + processingGroup), 200);
    List<JsonNode> letters = new ArrayList<>();
    report
        .path("letters")
        .forEach(
            letter -> {
              if (letter.path("sequenceIdentifier").asText().equals(aggregateId)) {
                letters.add(letter);
              }
            });
    return letters;
  }
}
