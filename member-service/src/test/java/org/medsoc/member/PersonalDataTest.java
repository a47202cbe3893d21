package org.medsoc.member;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.junit.jupiter.api.Test;
import org.medsoc.member.contact.api.ContactLogged;
import org.medsoc.member.member.api.MemberRegistered;
import org.medsoc.platform.personal.PersonalData;
import org.medsoc.platform.personal.PersonalKeys;
import org.medsoc.testsupport.Http;
import org.medsoc.testsupport.TestInfrastructure;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A person's own data is stored encrypted with their key: the stored bytes never hold it, the
 * service reads it as it was written, and once the key is destroyed every read of it, the event
 * store's included, gives the erased mark, while the bytes, and so the event chain, stay the same.
 */
class PersonalDataTest extends MemberServiceTestBase {

  @Autowired EventStore events;
  @Autowired PersonalKeys keys;

  @Test
  void a_profile_and_a_contact_log_are_stored_unreadable_and_read_erased_once_the_key_is_gone() {
    String email = "shred-" + System.nanoTime() + "@example.org";
    Http me =
        Http.onPort(port)
            .as(TestInfrastructure.identity().member("login-shred-" + System.nanoTime()));
    String memberId =
        me.post("/members", Map.of("profile", profile("Nakamura", email), "trainingLevel", "PGY2"))
            .text("memberId");
    Http.Response logged =
        me.post(
            "/members/" + memberId + "/contacts",
            Map.of("name", "Dr Confidante", "whereMet", "the night shift"));
    assertThat(logged.status()).as(logged.toString()).isEqualTo(201);

    JdbcTemplate jdbc = new JdbcTemplate(dataSource);
    List<String> stored =
        jdbc.queryForList(
            "SELECT convert_from(payload, 'UTF8') FROM domainevententry"
                + " WHERE aggregateidentifier IN (?, ?)",
            String.class,
            memberId,
            logged.text("contactId"));
    assertThat(String.join("\n", stored))
        .as("the stored events hold none of it in clear")
        .doesNotContain("Nakamura", email, "Dr Confidante", "night shift")
        .contains("~pd1~");
    org.awaitility.Awaitility.await()
        .atMost(java.time.Duration.ofSeconds(20))
        .untilAsserted(
            () ->
                assertThat(me.get("/members/" + memberId).body().toString())
                    .as("the service reads what was written")
                    .contains("Nakamura", email));
    byte[] before =
        jdbc.queryForObject(
            "SELECT payload FROM domainevententry WHERE aggregateidentifier = ? ORDER BY"
                + " sequencenumber LIMIT 1",
            byte[].class,
            memberId);

    keys.erase(memberId);

    MemberRegistered registered =
        (MemberRegistered)
            events
                .readEvents(memberId)
                .asStream()
                .map(DomainEventMessage::getPayload)
                .filter(MemberRegistered.class::isInstance)
                .findFirst()
                .orElseThrow();
    assertThat(registered.profile().familyName()).isEqualTo(PersonalData.ERASED);
    assertThat(registered.profile().email()).isEqualTo(PersonalData.ERASED);
    assertThat(registered.trainingLevel()).as("what is not theirs alone stays").isNotNull();
    ContactLogged contact =
        (ContactLogged)
            events
                .readEvents(logged.text("contactId"))
                .asStream()
                .findFirst()
                .orElseThrow()
                .getPayload();
    assertThat(contact.name()).isEqualTo(PersonalData.ERASED);
    assertThat(contact.interests()).isEmpty();
    assertThat(
            jdbc.queryForObject(
                "SELECT payload FROM domainevententry WHERE aggregateidentifier = ? ORDER BY"
                    + " sequencenumber LIMIT 1",
                byte[].class,
                memberId))
        .as("the stored bytes are untouched")
        .isEqualTo(before);
    assertThat(
            Http.onPort(port)
                .as(
                    TestInfrastructure.identity()
                        .token("auditor-shred", List.of("AUDITOR"), List.of()))
                .get("/audit/event-chain")
                .body()
                .path("firstBrokenLink")
                .isMissingNode())
        .as("the chain hashes the stored bytes: it still holds")
        .isTrue();
  }
}
