package org.medsoc.member;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.medsoc.testsupport.Http;

/** Every refusal answers with problem+json naming the field and the reason, and records nothing. */
class BadInputTest extends MemberServiceTestBase {

  @Test
  void a_profile_with_missing_and_invalid_fields_is_refused_field_by_field() {
    Map<String, Object> profile = new HashMap<>(profile("Okafor", "not-an-email"));
    profile.remove("familyName");
    profile.put("orcid", "1234");

    JsonNode problem =
        refused(
            400, () -> http.post("/members", Map.of("profile", profile, "trainingLevel", "PGY2")));

    assertThat(fields(problem)).contains("profile.familyName", "profile.email", "profile.orcid");
  }

  @Test
  void professional_links_that_are_not_linkedin_or_doximity_addresses_are_refused_by_field() {
    Map<String, Object> profile = new HashMap<>(profile("Okafor", "links@example.org"));
    profile.put("linkedIn", "javascript:alert(1)");
    profile.put("doximity", "https://evil.example.org/doximity.com/x");
    profile.put("headline", "x".repeat(301));
    long before = store.eventCount();
    JsonNode problem =
        refused(
            400, () -> http.post("/members", Map.of("profile", profile, "trainingLevel", "PGY2")));
    assertThat(fields(problem))
        .contains("profile.linkedIn", "profile.doximity", "profile.headline");
    assertThat(store.eventCount()).isEqualTo(before);
  }

  @Test
  void an_unknown_field_or_a_wrong_type_is_refused() {
    Map<String, Object> unknown =
        new HashMap<>(
            Map.of("profile", profile("Okafor", "u@example.org"), "trainingLevel", "PGY2"));
    unknown.put("isAdmin", true);
    assertThat(fields(refused(400, () -> http.post("/members", unknown))))
        .containsExactly("isAdmin");

    JsonNode wrongLevel =
        refused(
            400,
            () ->
                http.post(
                    "/members",
                    Map.of(
                        "profile", profile("Okafor", "w@example.org"), "trainingLevel", "PGY-99")));
    assertThat(fields(wrongLevel)).containsExactly("trainingLevel");
  }

  @Test
  void a_second_member_with_the_same_email_is_a_conflict() {
    expect(
        http.post(
            "/members",
            Map.of("profile", profile("Okafor", "Same@Example.org"), "trainingLevel", "PGY2")),
        201);

    JsonNode problem =
        refused(
            409,
            () ->
                http.post(
                    "/members",
                    Map.of(
                        "profile", profile("Other", "same@example.org"), "trainingLevel", "PGY3")));

    assertThat(fields(problem)).containsExactly("profile.email");
  }

  @Test
  void applying_to_an_unknown_society_is_not_found() {
    String memberId = newMember("Okafor", "PGY2");

    JsonNode problem =
        refused(
            404,
            () ->
                http.post(
                    "/members/" + memberId + "/memberships",
                    Map.of(
                        "societyId",
                        "no-such-society",
                        "category",
                        "RESIDENT_FELLOW_IN_TRAINING")));

    assertThat(fields(problem)).containsExactly("societyId");
  }

  @Test
  void a_category_that_does_not_fit_the_training_level_is_refused() {
    String societyId = newSociety("Society for Investigative Dermatology");
    String memberId = newMember("Okafor", "ATTENDING");

    JsonNode problem =
        refused(
            400,
            () ->
                http.post(
                    "/members/" + memberId + "/memberships",
                    Map.of("societyId", societyId, "category", "STUDENT")));

    assertThat(fields(problem)).containsExactly("category");
    assertThat(problem.at("/errors/0/reason").asText()).contains("medical student");
  }

  @Test
  void approving_an_application_that_is_not_pending_is_a_conflict() {
    String societyId = newSociety("American Academy of Pediatrics");
    String memberId = activeMember(societyId, "Okafor", "PGY2", "RESIDENT_FELLOW_IN_TRAINING");

    JsonNode problem =
        refused(
            409,
            () ->
                http.post(
                    "/members/" + memberId + "/memberships/" + societyId + "/approval",
                    paidPeriod(LocalDate.now().plusYears(2))));

    assertThat(fields(problem)).containsExactly("status");
  }

  @Test
  void renewing_a_resigned_membership_is_a_conflict() {
    String societyId = newSociety("Women's Dermatologic Society");
    String memberId = activeMember(societyId, "Okafor", "PGY2", "RESIDENT_FELLOW_IN_TRAINING");
    expect(
        http.post(
            "/members/" + memberId + "/memberships/" + societyId + "/resignation",
            Map.of("reason", "changing specialty")),
        204);

    JsonNode problem =
        refused(
            409,
            () ->
                http.post(
                    "/members/" + memberId + "/memberships/" + societyId + "/renewal",
                    paidPeriod(LocalDate.now().plusYears(2))));

    assertThat(problem.at("/errors/0/reason").asText()).contains("RESIGNED");
  }

  @Test
  void a_paid_period_in_the_past_and_negative_dues_are_refused() {
    String societyId = newSociety("Skin of Color Society");
    String memberId = residentApplicant(societyId, "Okafor");

    JsonNode problem =
        refused(
            400,
            () ->
                http.post(
                    "/members/" + memberId + "/memberships/" + societyId + "/approval",
                    Map.of(
                        "paidThrough",
                        "2020-01-01",
                        "dues",
                        Map.of("amount", -5, "currency", "usd"))));

    assertThat(fields(problem)).contains("paidThrough", "dues.amount", "dues.currency");
  }

  @Test
  void an_unknown_member_is_not_found() {
    refused(404, () -> http.get("/members/nobody"));
    refused(404, () -> http.put("/members/nobody/training-level", Map.of("trainingLevel", "PGY3")));
  }

  @Test
  void text_with_a_control_character_is_refused_naming_the_field() {
    for (String name : List.of("Ada\u0000Lovelace", "Ada\u0007", "Ada\rLovelace")) {
      Map<String, Object> profile =
          new HashMap<>(profile("Okafor", name.length() + "c@example.org"));
      profile.put("givenName", name);
      JsonNode problem =
          refused(
              400,
              () -> http.post("/members", Map.of("profile", profile, "trainingLevel", "PGY2")));
      assertThat(fields(problem)).containsExactly("profile.givenName");
    }
    String halfASurrogatePair =
        """
        {"profile":{"givenName":"\\ud800Ada","familyName":"Okafor","institution":"General",
         "email":"half@example.org"},"trainingLevel":"PGY2"}
        """;
    assertThat(fields(refused(400, () -> http.post("/members", halfASurrogatePair))))
        .containsExactly("profile.givenName");
  }

  @Test
  void a_tab_a_newline_and_a_windows_line_end_are_text() {
    String societyId = newSociety("Line Ends Society");
    String memberId = residentApplicant(societyId, "Okafor");
    expect(
        http.post(
            "/members/" + memberId + "/memberships/" + societyId + "/rejection",
            Map.of("reason", "Incomplete:\tno letter\r\nPlease apply again")),
        204);
  }

  @Test
  void json_is_typed_strictly() {
    String memberId = newMember("Okafor", "PGY2");
    assertThat(
            fields(
                refused(
                    400,
                    () ->
                        http.put(
                            "/members/" + memberId + "/training-level",
                            Map.of("trainingLevel", 3)))))
        .containsExactly("trainingLevel");
    Map<String, Object> numberAsName = new HashMap<>(profile("Okafor", "n@example.org"));
    numberAsName.put("givenName", 42);
    assertThat(
            fields(
                refused(
                    400,
                    () ->
                        http.post(
                            "/members", Map.of("profile", numberAsName, "trainingLevel", "PGY2")))))
        .containsExactly("profile.givenName");
    assertThat(
            fields(
                refused(
                    400,
                    () ->
                        http.put(
                            "/members/" + memberId + "/training-level",
                            "{\"trainingLevel\":\"PGY3\",\"trainingLevel\":\"PGY4\"}"))))
        .as("a duplicate key")
        .hasSize(1);
  }

  @Test
  void dates_far_outside_any_record_and_amounts_beyond_their_currency_are_refused() {
    String societyId = newSociety("Far Dates Society");
    String memberId = residentApplicant(societyId, "Okafor");
    String approval = "/members/" + memberId + "/memberships/" + societyId + "/approval";
    String nextYear = LocalDate.now().plusYears(1).toString();
    assertThat(fields(refused(400, () -> http.post(approval, period("+10000-01-01", 10, "USD")))))
        .containsExactly("paidThrough");
    assertThat(fields(refused(400, () -> http.post(approval, period(nextYear, 10.125, "USD")))))
        .containsExactly("dues.amount");
    assertThat(
            fields(
                refused(
                    400,
                    () ->
                        http.post(
                            approval, period(nextYear, new java.math.BigDecimal("1e13"), "USD")))))
        .containsExactly("dues.amount");
    expect(http.post(approval, period(nextYear, 10.125, "KWD")), 204);
  }

  @Test
  void a_path_or_query_with_a_control_character_or_an_encoded_slash_is_refused_as_problem_json() {
    refused(400, () -> http.get("/members/abc%00def"));
    refused(400, () -> http.get("/members/abc%2Fdef"));
    refused(400, () -> http.get("/societies/abc/roster?status=%07"));
  }

  @Test
  void a_login_subject_as_long_as_the_limit_is_stored_and_published() {
    String subject = "s".repeat(org.medsoc.kernel.input.Limits.SUBJECT);
    String memberId =
        expect(
                http.post(
                    "/members",
                    Map.of(
                        "profile",
                        profile("Okafor", "long-subject@example.org"),
                        "trainingLevel",
                        "PGY2",
                        "accountSubject",
                        subject)),
                201)
            .path("memberId")
            .asText();
    String societyId = newSociety("Long Subject Society");
    applies(memberId, societyId, "RESIDENT_FELLOW_IN_TRAINING");
    try (org.medsoc.testsupport.TopicReader memberships =
        new org.medsoc.testsupport.TopicReader(
            org.medsoc.testsupport.TestInfrastructure.kafkaBootstrapServers(),
            org.medsoc.kernel.messaging.Topics.MEMBERSHIPS)) {
      memberships.await(
          r -> memberId.equals(r.key()) && r.value().contains(subject),
          java.time.Duration.ofSeconds(20));
    }
    Map<String, Object> tooLong =
        new HashMap<>(
            Map.of(
                "profile",
                profile("Okafor", "longer-subject@example.org"),
                "trainingLevel",
                "PGY2",
                "accountSubject",
                subject + "s"));
    assertThat(fields(refused(400, () -> http.post("/members", tooLong))))
        .containsExactly("accountSubject");
  }

  private static Map<String, Object> period(Object paidThrough, Object amount, String currency) {
    return Map.of(
        "paidThrough", paidThrough, "dues", Map.of("amount", amount, "currency", currency));
  }

  /** Calls, expects the status and problem+json, and checks no event was appended. */
  private JsonNode refused(int status, Supplier<Http.Response> call) {
    long eventsBefore = store.eventCount();
    Http.Response response = call.get();
    assertThat(response.status()).as(response.toString()).isEqualTo(status);
    assertThat(response.contentType()).startsWith("application/problem+json");
    assertThat(response.body().path("status").asInt()).isEqualTo(status);
    assertThat(store.eventCount())
        .as("events appended by a refused request")
        .isEqualTo(eventsBefore);
    return response.body();
  }

  private static List<String> fields(JsonNode problem) {
    List<String> fields = new java.util.ArrayList<>();
    problem.path("errors").forEach(error -> fields.add(error.path("field").asText()));
    return fields;
  }
}
