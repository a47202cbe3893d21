package org.medsoc.member;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A member finds colleagues of their societies to ask for mentorship or an introduction. */
class ColleaguesApiTest extends MemberServiceTestBase {

  private void activate(Person person, String societyId) {
    expect(
        person
            .http()
            .post(
                "/members/" + person.id() + "/memberships",
                Map.of("societyId", societyId, "category", "FULL")),
        201);
    expect(
        http.post(
            "/members/" + person.id() + "/memberships/" + societyId + "/approval",
            paidPeriod(LocalDate.now().plusYears(1))),
        204);
  }

  private static List<String> ids(JsonNode cards) {
    List<String> ids = new ArrayList<>();
    cards.forEach(card -> ids.add(card.path("memberId").asText()));
    return ids;
  }

  @Test
  void a_member_finds_active_colleagues_of_their_societies_by_name_as_cards_without_contact_data() {
    String society = newSociety("College of Dermatology " + System.nanoTime());
    String elsewhere = newSociety("Academy of Oncology " + System.nanoTime());
    String family = "Adeyemi" + System.nanoTime();
    Person searcher = person("Searcher" + System.nanoTime(), "ATTENDING");
    Person colleague = person(family, "ATTENDING");
    Person stranger = person(family + "x", "ATTENDING");
    Person applicant = person(family + "y", "ATTENDING");
    activate(searcher, society);
    activate(colleague, society);
    activate(stranger, elsewhere);
    expect(
        applicant
            .http()
            .post(
                "/members/" + applicant.id() + "/memberships",
                Map.of("societyId", society, "category", "FULL")),
        201);

    await()
        .atMost(Duration.ofSeconds(10))
        .untilAsserted(
            () -> {
              JsonNode found =
                  searcher
                      .http()
                      .get("/members/" + searcher.id() + "/colleagues?q=" + family.substring(0, 9))
                      .body();
              assertThat(ids(found))
                  .as("active in a shared society; not another society's, not a pending applicant")
                  .containsExactly(colleague.id());
              assertThat(found.at("/0/institution").asText()).isEqualTo("University Hospital");
              assertThat(found.at("/0").has("email")).isFalse();
            });
    assertThat(
            ids(searcher.http().get("/members/" + searcher.id() + "/colleagues?q=searcher").body()))
        .as("never oneself")
        .isEmpty();
    assertThat(colleague.http().get("/members/" + searcher.id() + "/colleagues?q=a").status())
        .isEqualTo(403);
    assertThat(searcher.http().get("/members/" + searcher.id() + "/colleagues").status())
        .isEqualTo(400);
  }

  @Test
  void a_colleague_is_found_by_the_words_of_their_headline_and_their_card_carries_their_links() {
    String society = newSociety("Transplant Society " + System.nanoTime());
    Person searcher = person("Finder" + System.nanoTime(), "ATTENDING");
    Person colleague = person("Pitch" + System.nanoTime(), "ATTENDING");
    activate(searcher, society);
    activate(colleague, society);
    await()
        .atMost(Duration.ofSeconds(10))
        .until(
            () ->
                colleague
                    .http()
                    .get("/members/" + colleague.id())
                    .body()
                    .path("profile")
                    .isObject());
    Map<String, Object> profile =
        new java.util.HashMap<>(
            codec(colleague.http().get("/members/" + colleague.id()).body().path("profile")));
    profile.put("headline", "Kidney xenotransplantation outcomes, open to mentoring residents");
    profile.put("linkedIn", "https://www.linkedin.com/in/pitch-md");
    profile.put("doximity", "https://www.doximity.com/pub/pitch-md");
    expect(colleague.http().put("/members/" + colleague.id() + "/profile", profile), 204);

    await()
        .atMost(Duration.ofSeconds(10))
        .untilAsserted(
            () -> {
              JsonNode found =
                  searcher
                      .http()
                      .get("/members/" + searcher.id() + "/colleagues?q=xenotrans")
                      .body();
              assertThat(ids(found)).containsExactly(colleague.id());
              assertThat(found.at("/0/linkedIn").asText())
                  .isEqualTo("https://www.linkedin.com/in/pitch-md");
              assertThat(found.at("/0/headline").asText()).startsWith("Kidney xenotransplantation");
            });
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> codec(JsonNode node) {
    return new com.fasterxml.jackson.databind.ObjectMapper().convertValue(node, Map.class);
  }
}
