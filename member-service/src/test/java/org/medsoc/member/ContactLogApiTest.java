package org.medsoc.member;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.medsoc.kernel.messaging.Topics;
import org.medsoc.testsupport.Http;
import org.medsoc.testsupport.TestInfrastructure;
import org.medsoc.testsupport.TopicReader;

/** A member's contact log tells them which follow-ups are due this week and which are overdue. */
class ContactLogApiTest extends MemberServiceTestBase {

  @Test
  void follow_ups_due_this_week_and_overdue_and_nobody_else_reads_the_log() {
    Http me =
        Http.onPort(port)
            .as(TestInfrastructure.identity().member("login-log-" + System.nanoTime()));
    String memberId =
        me.post(
                "/members",
                Map.of(
                    "profile",
                    profile("Okafor", "log-" + System.nanoTime() + "@example.org"),
                    "trainingLevel",
                    "PGY2"))
            .text("memberId");
    LocalDate today = LocalDate.now(ZoneOffset.UTC);

    String overdue = contact(me, memberId, "Dr Overdue", today.minusDays(3));
    String dueToday = contact(me, memberId, "Dr Today", today);
    contact(me, memberId, "Dr Next Month", today.plusDays(30));
    expect(
        me.post(
            "/members/" + memberId + "/contacts/" + dueToday + "/touches",
            Map.of(
                "contactedOn",
                today.toString(),
                "note",
                "sent the abstract",
                "nextStep",
                "check in after the meeting",
                "nextStepDue",
                today.plusDays(40).toString())),
        204);

    await()
        .atMost(Duration.ofSeconds(10))
        .untilAsserted(
            () -> {
              assertThat(names(me.get("/members/" + memberId + "/contacts?followUps=OVERDUE")))
                  .containsExactly("Dr Overdue");
              assertThat(
                      names(me.get("/members/" + memberId + "/contacts?followUps=DUE_THIS_WEEK")))
                  .isEmpty();
              assertThat(names(me.get("/members/" + memberId + "/contacts")))
                  .containsExactly("Dr Next Month", "Dr Overdue", "Dr Today");
            });
    assertThat(overdue).isNotBlank();
    assertThat(http.get("/members/" + memberId + "/contacts").status()).as("staff").isEqualTo(403);
    Http other =
        Http.onPort(port)
            .as(TestInfrastructure.identity().member("login-other-" + System.nanoTime()));
    assertThat(other.get("/members/" + memberId + "/contacts").status()).isEqualTo(403);
  }

  @Test
  void another_members_contact_is_answered_as_one_that_does_not_exist() {
    Person owner = person("Owner", "PGY2");
    Person curious = person("Curious", "PGY2");
    String contactId =
        contact(owner.http(), owner.id(), "Dr Private", LocalDate.now(ZoneOffset.UTC));
    Map<String, Object> touch =
        Map.of("contactedOn", LocalDate.now(ZoneOffset.UTC).toString(), "note", "hello");
    String mine = "/members/" + curious.id() + "/contacts/";
    Http.Response theirs = curious.http().post(mine + contactId + "/touches", touch);
    Http.Response none = curious.http().post(mine + "no-such-contact/touches", touch);
    assertThat(theirs.status()).isEqualTo(404);
    assertThat(none.status()).isEqualTo(404);
    assertThat(theirs.body().toString().replace(contactId, "{contactId}"))
        .isEqualTo(none.body().toString().replace("no-such-contact", "{contactId}"));
  }

  @Test
  void a_follow_up_due_later_this_week_is_listed_as_due_this_week() {
    Http me =
        Http.onPort(port)
            .as(TestInfrastructure.identity().member("login-week-" + System.nanoTime()));
    String memberId =
        me.post(
                "/members",
                Map.of(
                    "profile",
                    profile("Park", "week-" + System.nanoTime() + "@example.org"),
                    "trainingLevel",
                    "PGY1"))
            .text("memberId");
    LocalDate today = LocalDate.now(ZoneOffset.UTC);
    contact(me, memberId, "Dr Week", today);

    await()
        .atMost(Duration.ofSeconds(10))
        .untilAsserted(
            () ->
                assertThat(
                        names(me.get("/members/" + memberId + "/contacts?followUps=DUE_THIS_WEEK")))
                    .containsExactly("Dr Week"));
  }

  @Test
  void a_key_mentor_not_met_for_seven_months_is_overdue_for_touching_base() {
    Http me =
        Http.onPort(port)
            .as(TestInfrastructure.identity().member("login-key-" + System.nanoTime()));
    String memberId =
        me.post(
                "/members",
                Map.of(
                    "profile",
                    profile("Ruiz", "key-" + System.nanoTime() + "@example.org"),
                    "trainingLevel",
                    "PGY3"))
            .text("memberId");
    LocalDate today = LocalDate.now(ZoneOffset.UTC);
    String contacts = "/members/" + memberId + "/contacts";
    long before = store.eventCount();
    Http.Response tooRare = me.post(contacts, Map.of("name", "Dr Rare", "touchBaseMonths", 24));
    assertThat(tooRare.status()).isEqualTo(400);
    assertThat(tooRare.body().at("/errors/0/field").asText()).isEqualTo("touchBaseMonths");
    assertThat(store.eventCount()).isEqualTo(before);
    Http.Response logged =
        me.post(
            contacts,
            Map.of(
                "name",
                "Dr Key",
                "role",
                "mentor",
                "lastContactOn",
                today.minusMonths(7).toString(),
                "touchBaseMonths",
                6));
    expect(logged, 201);

    await()
        .atMost(Duration.ofSeconds(10))
        .untilAsserted(
            () -> {
              JsonNode overdue = me.get(contacts + "?followUps=OVERDUE").body();
              assertThat(overdue.at("/0/name").asText()).isEqualTo("Dr Key");
              assertThat(overdue.at("/0/nextStep").asText()).isEqualTo("Touch base");
              assertThat(overdue.at("/0/nextStepDue").asText())
                  .isEqualTo(today.minusMonths(1).toString());
              assertThat(overdue.at("/0/touchBaseMonths").asInt()).isEqualTo(6);
            });
    String contactId = logged.text("contactId");
    try (TopicReader published =
        new TopicReader(TestInfrastructure.kafkaBootstrapServers(), Topics.CONTACTS)) {
      assertThat(published.await(r -> contactId.equals(r.key()), Duration.ofSeconds(20)).value())
          .as("notification-service hears when to remind the owner, never of whom")
          .contains(memberId, "\"dueOn\":\"" + today.minusMonths(1) + "\"")
          .doesNotContain("Dr Key", "mentor");
    }
  }

  private String contact(Http me, String memberId, String name, LocalDate due) {
    Http.Response created =
        me.post(
            "/members/" + memberId + "/contacts",
            Map.of(
                "name",
                name,
                "role",
                "attending",
                "whereMet",
                "annual meeting",
                "lastContactOn",
                LocalDate.now(ZoneOffset.UTC).minusDays(10).toString(),
                "nextStep",
                "send a thank-you note",
                "nextStepDue",
                due.toString()));
    assertThat(created.status()).as(created.toString()).isEqualTo(201);
    return created.text("contactId");
  }

  private static List<String> names(Http.Response response) {
    assertThat(response.status()).isEqualTo(200);
    List<String> names = new ArrayList<>();
    for (JsonNode contact : response.body()) {
      names.add(contact.path("name").asText());
    }
    return names;
  }
}
