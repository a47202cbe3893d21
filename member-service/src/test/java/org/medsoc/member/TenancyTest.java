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
import org.medsoc.testsupport.TestInfrastructure;

/**
 * Staff act and read only within the societies they work for; nobody, staff included, speaks in a
 * sponsor's voice; and a list holds only what its caller may read one by one.
 */
class TenancyTest extends MemberServiceTestBase {

  private final String run = UUID.randomUUID().toString().substring(0, 8);

  private Http staffOf(String societyId) {
    return Http.onPort(port).as(TestInfrastructure.identity().staffOf(societyId));
  }

  /** A member of society A with a sponsor and an introduction, all of society A. */
  private record Story(
      String societyA,
      String societyB,
      Person protege,
      Person sponsor,
      String sponsorshipId,
      String letterId,
      String introductionId) {}

  private Story story() {
    String societyA = newSociety("Society A " + run);
    String societyB = newSociety("Society B " + run);
    Person protege = person("Protege", "PGY2");
    Person sponsor = person("Sponsor", "ATTENDING");
    Person leader = person("Leader", "ATTENDING");
    for (Person person : List.of(protege, sponsor, leader)) {
      expect(
          person
              .http()
              .post(
                  "/members/" + person.id() + "/memberships",
                  Map.of(
                      "societyId",
                      societyA,
                      "category",
                      person == protege ? "RESIDENT_FELLOW_IN_TRAINING" : "FULL")),
          201);
    }
    String sponsorshipId =
        expect(
                sponsor
                    .http()
                    .post("/sponsorships", Map.of("protegeId", protege.id(), "goals", "a chair")),
                201)
            .path("sponsorshipId")
            .asText();
    String letterId =
        expect(
                protege
                    .http()
                    .post(
                        "/sponsorships/" + sponsorshipId + "/letters",
                        Map.of(
                            "purpose",
                            "fellowship application",
                            "deadline",
                            LocalDate.now().plusWeeks(8).toString())),
                201)
            .path("letterId")
            .asText();
    String introductionId =
        expect(
                sponsor
                    .http()
                    .post(
                        "/introductions",
                        Map.of(
                            "firstMemberId",
                            protege.id(),
                            "secondMemberId",
                            leader.id(),
                            "reason",
                            "you both work on sepsis QI")),
                201)
            .path("introductionId")
            .asText();
    return new Story(societyA, societyB, protege, sponsor, sponsorshipId, letterId, introductionId);
  }

  @Test
  void staff_of_another_society_read_nothing_of_a_member_and_learn_nothing_of_what_exists() {
    Story story = story();
    Http otherStaff = staffOf(story.societyB());
    String member = "/members/" + story.protege().id();
    List<String> reads =
        List.of(
            member,
            member + "/sponsorships",
            member + "/introductions/received",
            member + "/introductions/made",
            member + "/introductions/chain",
            member + "/mentor-team",
            member + "/record",
            "/sponsorships/" + story.sponsorshipId(),
            "/introductions/" + story.introductionId());
    Http societyStaff = staffOf(story.societyA());
    for (String path : reads) {
      // The views answer once they have caught up; only then does a 403 say anything.
      await()
          .atMost(Duration.ofSeconds(20))
          .untilAsserted(() -> assertThat(societyStaff.get(path).status()).as(path).isEqualTo(200));
    }
    for (String path : reads) {
      Http.Response real = otherStaff.get(path);
      Http.Response invented =
          otherStaff.get(
              path.replace(story.protege().id(), "nobody-" + run)
                  .replace(story.sponsorshipId(), "nothing-" + run)
                  .replace(story.introductionId(), "nothing-" + run));
      assertThat(real.status()).as(path).isEqualTo(403);
      assertThat(invented.status()).as("invented " + path).isEqualTo(403);
      assertThat(real.body()).as(path).isEqualTo(invented.body());
    }
  }

  @Test
  void staff_of_another_society_change_nothing_of_a_member() {
    Story story = story();
    Http otherStaff = staffOf(story.societyB());
    String member = "/members/" + story.protege().id();
    long before = store.eventCount();
    assertThat(otherStaff.put(member + "/training-level", Map.of("trainingLevel", "PGY3")).status())
        .isEqualTo(403);
    assertThat(
            otherStaff
                .put(member + "/profile", profile("Protege", "taken-" + run + "@example.org"))
                .status())
        .isEqualTo(403);
    assertThat(
            otherStaff
                .post(
                    member + "/memberships",
                    Map.of(
                        "societyId", story.societyB(), "category", "RESIDENT_FELLOW_IN_TRAINING"))
                .status())
        .as("attaching another society's member to one's own")
        .isEqualTo(403);
    assertThat(
            otherStaff
                .post(
                    member + "/memberships/" + story.societyB() + "/approval",
                    paidPeriod(LocalDate.now().plusYears(1)))
                .status())
        .isEqualTo(403);
    assertThat(store.eventCount()).isEqualTo(before);
  }

  @Test
  void staff_file_an_application_only_for_a_society_they_work_for() {
    Story story = story();
    String member = "/members/" + story.protege().id();
    long before = store.eventCount();
    assertThat(
            staffOf(story.societyA())
                .post(
                    member + "/memberships",
                    Map.of(
                        "societyId", story.societyB(), "category", "RESIDENT_FELLOW_IN_TRAINING"))
                .status())
        .isEqualTo(403);
    assertThat(store.eventCount()).isEqualTo(before);
  }

  @Test
  void staff_register_a_person_for_their_society_and_then_run_the_membership() {
    String society = newSociety("Registering Society " + run);
    Http staff = staffOf(society);
    assertThat(
            staff
                .post(
                    "/members",
                    Map.of(
                        "profile",
                        profile("Walk", "walk-in-" + run + "@example.org"),
                        "trainingLevel",
                        "PGY1"))
                .body()
                .at("/errors/0/field")
                .asText())
        .isEqualTo("societyId");
    String elsewhere = newSociety("Elsewhere " + run);
    assertThat(
            staff
                .post(
                    "/members",
                    Map.of(
                        "profile",
                        profile("Walk", "walk-in-" + run + "@example.org"),
                        "trainingLevel",
                        "PGY1",
                        "societyId",
                        elsewhere))
                .status())
        .isEqualTo(403);
    String memberId =
        expect(
                staff.post(
                    "/members",
                    Map.of(
                        "profile",
                        profile("Walk", "walk-in-" + run + "@example.org"),
                        "trainingLevel",
                        "PGY1",
                        "societyId",
                        society)),
                201)
            .path("memberId")
            .asText();
    expect(
        staff.post(
            "/members/" + memberId + "/memberships",
            Map.of("societyId", society, "category", "RESIDENT_FELLOW_IN_TRAINING")),
        201);
    expect(
        staff.post(
            "/members/" + memberId + "/memberships/" + society + "/approval",
            paidPeriod(LocalDate.now().plusYears(1))),
        204);
    assertThat(staffOf(elsewhere).get("/members/" + memberId).status()).isEqualTo(403);
  }

  @Test
  void staff_see_only_the_memberships_of_their_own_societies() {
    Story story = story();
    expect(
        story
            .protege()
            .http()
            .post(
                "/members/" + story.protege().id() + "/memberships",
                Map.of("societyId", story.societyB(), "category", "RESIDENT_FELLOW_IN_TRAINING")),
        201);
    await()
        .atMost(Duration.ofSeconds(10))
        .untilAsserted(
            () ->
                assertThat(
                        story
                            .protege()
                            .http()
                            .get("/members/" + story.protege().id())
                            .body()
                            .path("memberships"))
                    .hasSize(2));
    JsonNode seenByA =
        expect(staffOf(story.societyA()).get("/members/" + story.protege().id()), 200);
    assertThat(seenByA.path("memberships")).hasSize(1);
    assertThat(seenByA.at("/memberships/0/societyId").asText()).isEqualTo(story.societyA());
  }

  @Test
  void a_letter_is_written_or_declined_by_its_author_alone_never_by_staff() {
    Story story = story();
    String letter = "/sponsorships/" + story.sponsorshipId() + "/letters/" + story.letterId();
    long before = store.eventCount();
    for (Http staff : List.of(staffOf(story.societyA()), staffOf(story.societyB()), http)) {
      assertThat(staff.post(letter + "/submission", Map.of("content", "In my name")).status())
          .isEqualTo(403);
      assertThat(staff.post(letter + "/decline", Map.of()).status()).isEqualTo(403);
    }
    assertThat(
            story
                .protege()
                .http()
                .post(letter + "/submission", Map.of("content", "Myself"))
                .status())
        .isEqualTo(403);
    assertThat(store.eventCount()).isEqualTo(before);
    expect(
        story.sponsor().http().post(letter + "/submission", Map.of("content", "Strongly endorse")),
        204);
  }

  @Test
  void staff_never_speak_in_a_persons_voice() {
    Story story = story();
    Http staff = staffOf(story.societyA());
    long before = store.eventCount();
    assertThat(
            staff
                .post(
                    "/introductions/" + story.introductionId() + "/answer", Map.of("accept", true))
                .status())
        .isEqualTo(403);
    assertThat(
            staff
                .post(
                    "/sponsorships/" + story.sponsorshipId() + "/recommendations",
                    Map.of("roleKind", "FELLOWSHIP", "target", "a fellowship"))
                .status())
        .isEqualTo(403);
    assertThat(
            staff
                .post(
                    "/introductions",
                    Map.of(
                        "firstMemberId",
                        story.protege().id(),
                        "secondMemberId",
                        story.sponsor().id(),
                        "reason",
                        "in someone's name"))
                .status())
        .isEqualTo(403);
    assertThat(store.eventCount()).isEqualTo(before);
  }

  @Test
  void the_chain_holds_only_introductions_the_caller_may_read_one_by_one() {
    Person resident = person("Resident", "PGY1");
    Person stranger = person("Stranger", "ATTENDING");
    Person strangersFriend = person("Friend", "ATTENDING");
    Person introducer = person("Introducer", "ATTENDING");
    // The stranger's own introduction, with a reason the resident has no business reading.
    String private_ =
        expect(
                introducer
                    .http()
                    .post(
                        "/introductions",
                        Map.of(
                            "firstMemberId",
                            stranger.id(),
                            "secondMemberId",
                            strangersFriend.id(),
                            "reason",
                            "a private matter")),
                201)
            .path("introductionId")
            .asText();
    // One unanswered proposal naming the stranger puts them two steps from the resident.
    String mine =
        expect(
                introducer
                    .http()
                    .post(
                        "/introductions",
                        Map.of(
                            "firstMemberId",
                            resident.id(),
                            "secondMemberId",
                            stranger.id(),
                            "reason",
                            "you should meet")),
                201)
            .path("introductionId")
            .asText();
    await()
        .atMost(Duration.ofSeconds(10))
        .untilAsserted(
            () ->
                assertThat(
                        ids(
                            introducer
                                .http()
                                .get("/members/" + introducer.id() + "/introductions/chain")))
                    .contains(private_, mine));
    assertThat(ids(resident.http().get("/members/" + resident.id() + "/introductions/chain")))
        .contains(mine)
        .doesNotContain(private_);
    assertThat(resident.http().get("/introductions/" + private_).status()).isEqualTo(403);
  }

  private static List<String> ids(Http.Response response) {
    List<String> ids = new ArrayList<>();
    response.body().forEach(introduction -> ids.add(introduction.path("introductionId").asText()));
    return ids;
  }
}
