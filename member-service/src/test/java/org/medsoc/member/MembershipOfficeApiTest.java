package org.medsoc.member;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.medsoc.testsupport.Http;

/**
 * A membership office's day through the API: the roster searched, filtered and exported, a member's
 * attributed history, dues from the fee schedule, and a roster imported from the society's previous
 * system, twice.
 */
class MembershipOfficeApiTest extends MemberServiceTestBase {

  private final String run = UUID.randomUUID().toString().substring(0, 6);

  private String member(String givenName, String familyName, String institution) {
    Map<String, Object> profile =
        Map.of(
            "givenName",
            givenName,
            "familyName",
            familyName,
            "institution",
            institution,
            "specialty",
            "Nephrology",
            "interests",
            List.of("dialysis access"),
            "email",
            "m-" + UUID.randomUUID() + "@example.org");
    return expect(
            http.post("/members", Map.of("profile", profile, "trainingLevel", "ATTENDING")), 201)
        .path("memberId")
        .asText();
  }

  private void activate(String societyId, String memberId, LocalDate paidThrough) {
    expect(
        http.post(
            "/members/" + memberId + "/memberships",
            Map.of("societyId", societyId, "category", "FULL")),
        201);
    expect(
        http.post(
            "/members/" + memberId + "/memberships/" + societyId + "/approval",
            paidPeriod(paidThrough)),
        204);
  }

  private JsonNode roster(String societyId, String query) {
    return expect(http.get("/societies/" + societyId + "/roster?" + query), 200);
  }

  private static List<String> familyNames(JsonNode page) {
    List<String> names = new ArrayList<>();
    page.path("items").forEach(item -> names.add(item.path("familyName").asText()));
    return names;
  }

  @Test
  void staff_find_members_by_a_word_of_their_name_or_institution_and_export_what_they_filtered() {
    String societyId = newSociety("Renal Society " + run);
    LocalDate soon = LocalDate.now().plusDays(20);
    LocalDate later = LocalDate.now().plusDays(300);
    activate(societyId, member("Amara", "Okafor", "Boston Medical Center"), soon);
    activate(societyId, member("Lena", "Okonkwo", "Karolinska Institutet"), later);
    activate(societyId, member("Tomás", "=HYPERLINK(\"x\")", "Boston Children's"), later);
    await()
        .atMost(Duration.ofSeconds(10))
        .until(() -> roster(societyId, "").path("totalItems").asInt() == 3);

    assertThat(familyNames(roster(societyId, "q=oka"))).containsExactly("Okafor");
    assertThat(familyNames(roster(societyId, "q=boston%20med"))).containsExactly("Okafor");
    assertThat(familyNames(roster(societyId, "q=dialysis"))).hasSize(3);
    assertThat(familyNames(roster(societyId, "q=ok")))
        .as("sorted by family name")
        .containsExactly("Okafor", "Okonkwo");
    assertThat(familyNames(roster(societyId, "q=ok&sort=NAME&direction=DESCENDING")))
        .containsExactly("Okonkwo", "Okafor");
    assertThat(familyNames(roster(societyId, "q=%27%29%3B%20drop%20table%20x%3B--")))
        .as("what is typed never breaks the query")
        .isEmpty();
    String due30 = "paidFrom=" + LocalDate.now() + "&paidTo=" + LocalDate.now().plusDays(30);
    assertThat(familyNames(roster(societyId, "status=ACTIVE&" + due30)))
        .as("renewals coming due in 30 days")
        .containsExactly("Okafor");

    String csv = http.text("/societies/" + societyId + "/roster?q=boston", "text/csv");
    List<String> lines = csv.lines().toList();
    assertThat(lines.get(0)).startsWith("memberId,familyName,givenName");
    assertThat(lines).hasSize(3);
    assertThat(csv).contains("Okafor").doesNotContain("Okonkwo");
    assertThat(csv)
        .as("a cell a spreadsheet would run is written as text")
        .contains("\"'=HYPERLINK(\"\"x\"\")\"");
  }

  @Test
  void an_approval_takes_the_fee_of_the_category_and_the_history_says_who_did_what() {
    String societyId = newSociety("Renal Society " + run);
    expect(
        http.put(
            "/societies/" + societyId + "/fees",
            Map.of("currency", "EUR", "fees", Map.of("FULL", 320, "EARLY_CAREER", 160))),
        204);
    assertThat(expect(http.get("/societies/" + societyId), 200).at("/fees/FULL/amount").asInt())
        .isEqualTo(320);
    Http.Response tooPrecise =
        http.put(
            "/societies/" + societyId + "/fees",
            Map.of("currency", "JPY", "fees", Map.of("FULL", 1.5)));
    assertThat(tooPrecise.status()).isEqualTo(400);
    assertThat(tooPrecise.body().toString()).contains("fees.FULL");

    String memberId = member("Amara", "Okafor", "Boston Medical Center");
    expect(
        http.post(
            "/members/" + memberId + "/memberships",
            Map.of("societyId", societyId, "category", "FULL")),
        201);
    LocalDate paidThrough = LocalDate.now().plusYears(1);
    expect(
        http.post(
            "/members/" + memberId + "/memberships/" + societyId + "/approval",
            Map.of("paidThrough", paidThrough.toString())),
        204);

    await()
        .atMost(Duration.ofSeconds(10))
        .untilAsserted(
            () -> {
              JsonNode steps =
                  expect(http.get("/members/" + memberId + "/membership-history"), 200);
              assertThat(steps).hasSize(2);
              assertThat(steps.at("/0/step").asText()).isEqualTo("APPLIED");
              assertThat(steps.at("/1/step").asText()).isEqualTo("APPROVED");
              assertThat(steps.at("/1/actor").asText()).isEqualTo("staff-platform");
              assertThat(steps.at("/1/actorRoles").asText()).isEqualTo("STAFF");
              assertThat(steps.at("/1/detail/dues").asText()).isEqualTo("320 EUR");
              assertThat(steps.at("/1/detail/paidThrough").asText())
                  .isEqualTo(paidThrough.toString());
              assertThat(steps.at("/1/occurredAt").asText()).isNotBlank();
            });
  }

  private static final String FILE =
      """
      Member number;First name;Last name;E-mail;Institution;Training level;Category;Status;Member since;Paid through;Sections
      R-1;Ines;Duarte;ines.duarte.%1$s@example.org;Hospital de Santa Maria;ATTENDING;FULL;ACTIVE;2011-04-01;%2$s;Dialysis
      R-2;Kwame;Mensah;kwame.mensah.%1$s@example.org;Korle Bu Teaching Hospital;ATTENDING;FULL;LAPSED;2014-09-15;2022-12-31;
      R-3;Yuki;Tanaka;not-an-address;Kyoto University Hospital;PGY3;RESIDENT_FELLOW_IN_TRAINING;ACTIVE;2023-07-01;%2$s;
      R-4;Sara;Lindqvist;sara.lindqvist.%1$s@example.org;Uppsala University Hospital;ATTENDING;FULL;ACTIVE;2005-01-01;2020-06-30;
      R-5;Omar;Haddad;omar.haddad.%1$s@example.org;American University of Beirut;fellow;Resident fellow in training;active;2024-07-01;%2$s;dialysis
      """;

  @Test
  void a_roster_is_imported_with_its_history_and_importing_it_again_imports_nothing() {
    String societyId = newSociety("Renal Society " + run);
    newSection(societyId, "Dialysis");
    String csv = FILE.formatted(run, LocalDate.now().plusMonths(4));
    Http.Response uploaded =
        http.post("/societies/" + societyId + "/imports?fileName=roster.csv", "text/csv", csv);
    JsonNode upload = expect(uploaded, 201);
    String importId = upload.path("importId").asText();
    assertThat(upload.path("totalRows").asInt()).isEqualTo(5);
    assertThat(upload.at("/suggestedMapping/rowKey").asText()).isEqualTo("Member number");
    assertThat(upload.at("/suggestedMapping/paidThrough").asText()).isEqualTo("Paid through");

    Http.Response unmapped =
        http.put(
            "/societies/" + societyId + "/imports/" + importId + "/mapping",
            Map.of("mapping", Map.of("rowKey", "Member number")));
    assertThat(unmapped.status()).isEqualTo(400);
    assertThat(unmapped.body().toString()).contains("mapping.givenName");

    JsonNode preview =
        expect(
            http.put(
                "/societies/" + societyId + "/imports/" + importId + "/mapping",
                Map.of("mapping", upload.path("suggestedMapping"))),
            200);
    assertThat(preview.path("validRows").asInt()).isEqualTo(3);
    assertThat(preview.path("problems").toString())
        .contains("\"row\":3", "\"field\":\"email\"")
        .contains("\"row\":4", "\"field\":\"paidThrough\"", "import the membership as LAPSED");

    JsonNode started =
        expect(http.post("/societies/" + societyId + "/imports/" + importId + "/run", "{}"), 202);
    assertThat(started.path("status").asText()).isIn("RUNNING", "FINISHED");
    JsonNode finished = awaitFinished(societyId, importId);
    assertThat(finished.path("imported").asInt()).isEqualTo(3);
    assertThat(finished.path("refused").asInt()).isZero();
    assertThat(finished.path("startedBy").asText()).isEqualTo("staff-platform");

    await()
        .atMost(Duration.ofSeconds(10))
        .until(() -> roster(societyId, "").path("totalItems").asInt() == 3);
    JsonNode lapsed = roster(societyId, "status=LAPSED").path("items").get(0);
    assertThat(lapsed.path("familyName").asText()).isEqualTo("Mensah");
    assertThat(lapsed.path("paidThrough").asText()).isEqualTo("2022-12-31");
    assertThat(lapsed.path("memberSince").asText()).isEqualTo("2014-09-15");
    JsonNode haddad = roster(societyId, "q=haddad").path("items").get(0);
    assertThat(haddad.path("trainingLevel").asText()).isEqualTo("FELLOW");
    assertThat(haddad.path("sectionIds")).hasSize(1);
    String haddadId = haddad.path("memberId").asText();
    await()
        .atMost(Duration.ofSeconds(10))
        .untilAsserted(
            () -> {
              JsonNode steps =
                  expect(http.get("/members/" + haddadId + "/membership-history"), 200);
              assertThat(steps).hasSize(1);
              assertThat(steps.at("/0/step").asText()).isEqualTo("IMPORTED");
              assertThat(steps.at("/0/actor").asText()).isEqualTo("staff-platform");
              assertThat(steps.at("/0/detail/memberSince").asText()).isEqualTo("2024-07-01");
              assertThat(steps.at("/0/detail/importId").asText()).isEqualTo(importId);
            });
    long eventsAfterFirstRun = store.eventTypesOf(haddadId).size();

    String again =
        expect(http.post("/societies/" + societyId + "/imports", "text/csv", csv), 201)
            .path("importId")
            .asText();
    JsonNode secondPreview =
        expect(
            http.put(
                "/societies/" + societyId + "/imports/" + again + "/mapping",
                Map.of("mapping", upload.path("suggestedMapping"))),
            200);
    assertThat(secondPreview.path("alreadyImportedRows").asInt()).isEqualTo(3);
    expect(http.post("/societies/" + societyId + "/imports/" + again + "/run", "{}"), 202);
    JsonNode second = awaitFinished(societyId, again);
    assertThat(second.path("imported").asInt()).isZero();
    assertThat(second.path("alreadyImported").asInt()).isEqualTo(3);
    assertThat(store.eventTypesOf(haddadId)).hasSize((int) eventsAfterFirstRun);
    assertThat(roster(societyId, "").path("totalItems").asInt()).isEqualTo(3);
  }

  @Test
  void a_file_that_is_not_a_roster_is_refused_naming_the_file() {
    String societyId = newSociety("Renal Society " + run);
    Http.Response empty = http.post("/societies/" + societyId + "/imports", "text/csv", "a,b\n");
    assertThat(empty.status()).isEqualTo(400);
    assertThat(empty.body().toString()).contains("\"file\"", "no members");
    Http.Response twice =
        http.post("/societies/" + societyId + "/imports", "text/csv", "a,a\n1,2\n");
    assertThat(twice.status()).isEqualTo(400);
    assertThat(twice.body().toString()).contains("twice");
  }

  private JsonNode awaitFinished(String societyId, String importId) {
    JsonNode[] last = new JsonNode[1];
    await()
        .atMost(Duration.ofSeconds(30))
        .until(
            () -> {
              last[0] = expect(http.get("/societies/" + societyId + "/imports/" + importId), 200);
              return last[0].path("status").asText().equals("FINISHED");
            });
    return last[0];
  }
}
