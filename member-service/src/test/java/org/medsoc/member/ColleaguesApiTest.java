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
}
