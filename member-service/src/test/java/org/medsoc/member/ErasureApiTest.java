package org.medsoc.member;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.junit.jupiter.api.Test;
import org.medsoc.kernel.messaging.Topics;
import org.medsoc.member.contact.api.ContactTouched;
import org.medsoc.member.contact.query.ContactLog;
import org.medsoc.member.mentorship.query.MentorshipDirectory;
import org.medsoc.member.sponsorship.query.SponsorshipDirectory;
import org.medsoc.platform.personal.ErasedMemberViews;
import org.medsoc.testsupport.Http;
import org.medsoc.testsupport.TestInfrastructure;
import org.medsoc.testsupport.TopicReader;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A member asks to be forgotten: what they wrote of themself reads as erased in the service's
 * views, nothing more is recorded of them, every service hears of it, and the stored history, and
 * so its chain, is what it was.
 */
class ErasureApiTest extends MemberServiceTestBase {

  @Autowired EventProcessingConfiguration processing;

  @Test
  void the_contact_log_handles_a_members_contacts_in_the_sequence_of_their_erasure() {
    var touch =
        new GenericDomainEventMessage<>(
            "Contact",
            "contact-1",
            3,
            new ContactTouched("contact-1", "dr-okafor", LocalDate.now(), null, null, null));
    assertThat(
            processing
                .sequencingPolicy(ContactLog.PROCESSING_GROUP)
                .getSequenceIdentifierFor(touch))
        .as("the owner, whose erasure is sequenced by them, not the contact")
        .isEqualTo("dr-okafor");
  }

  @Autowired List<ErasedMemberViews> erasedMemberViews;

  @Test
  void the_views_that_copy_other_aggregates_words_are_scrubbed_again_after_an_erasure() {
    assertThat(erasedMemberViews)
        .as("scrubbed when the erasure is heard and once more later, as in every service")
        .hasAtLeastOneElementOfType(MentorshipDirectory.class)
        .hasAtLeastOneElementOfType(SponsorshipDirectory.class);
  }

  @Test
  void a_member_asks_to_be_forgotten_and_is_everywhere_in_member_service() {
    String email = "forget-" + System.nanoTime() + "@example.org";
    String login = "login-forget-" + System.nanoTime();
    Http me = Http.onPort(port).as(TestInfrastructure.identity().member(login));
    String memberId =
        me.post("/members", Map.of("profile", profile("Lindqvist", email), "trainingLevel", "PGY3"))
            .text("memberId");
    expect(
        me.post(
            "/members/" + memberId + "/contacts", Map.of("name", "Dr Mentor", "role", "mentor")),
        201);
    await()
        .atMost(Duration.ofSeconds(20))
        .until(() -> me.get("/members/" + memberId).body().toString().contains("Lindqvist"));
    JdbcTemplate jdbc = new JdbcTemplate(dataSource);
    List<byte[]> storedBefore = payloadsOf(jdbc, memberId);

    Http stranger =
        Http.onPort(port)
            .as(TestInfrastructure.identity().member("login-stranger-" + System.nanoTime()));
    Map<String, Object> request =
        Map.of("reason", "left medicine", "legalBasis", "CONSENT_WITHDRAWN");
    expect(stranger.post("/members/" + memberId + "/erasure", request), 403);
    long before = store.eventCount();
    Http.Response groundless =
        me.post("/members/" + memberId + "/erasure", Map.of("reason", "left medicine"));
    expect(groundless, 400);
    assertThat(groundless.body().at("/errors/0/field").asText()).isEqualTo("legalBasis");
    assertThat(store.eventCount()).isEqualTo(before);

    expect(me.post("/members/" + memberId + "/erasure", request), 204);

    await()
        .atMost(Duration.ofSeconds(20))
        .untilAsserted(
            () -> {
              String view = me.get("/members/" + memberId).body().toString();
              assertThat(view).doesNotContain("Lindqvist", email).contains("[erased]");
              assertThat(me.get("/members/" + memberId + "/contacts").body()).isEmpty();
            });
    Http.Response afterwards =
        me.put("/members/" + memberId + "/profile", profile("Lindqvist", email));
    expect(afterwards, 409);
    assertThat(afterwards.body().at("/errors/0/field").asText()).isEqualTo("memberId");
    assertThat(payloadsOf(jdbc, memberId).subList(0, storedBefore.size()))
        .as("the stored history is what it was")
        .containsExactlyElementsOf(storedBefore);

    try (TopicReader memberships =
            new TopicReader(TestInfrastructure.kafkaBootstrapServers(), Topics.MEMBERSHIPS);
        TopicReader contacts =
            new TopicReader(TestInfrastructure.kafkaBootstrapServers(), Topics.CONTACTS)) {
      assertThat(
              memberships
                  .await(
                      r -> memberId.equals(r.key()) && r.value().contains("member.MemberErased"),
                      Duration.ofSeconds(20))
                  .value())
          .contains("CONSENT_WITHDRAWN")
          .doesNotContain("left medicine");
      assertThat(
              contacts
                  .await(
                      r -> memberId.equals(r.key()) && !r.value().contains("\"email\""),
                      Duration.ofSeconds(20))
                  .value())
          .as("notification-service is told to forget where to write")
          .doesNotContain(email);
    }
    assertThat(
            Http.onPort(port)
                .as(
                    TestInfrastructure.identity()
                        .token("auditor-forget", List.of("AUDITOR"), List.of()))
                .get("/audit/event-chain")
                .body()
                .path("firstBrokenLink")
                .isMissingNode())
        .isTrue();
  }

  private static List<byte[]> payloadsOf(JdbcTemplate jdbc, String memberId) {
    return jdbc.queryForList(
        "SELECT payload FROM domainevententry WHERE aggregateidentifier = ? ORDER BY sequencenumber",
        byte[].class,
        memberId);
  }
}
