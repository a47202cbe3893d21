package org.medsoc.portal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.medsoc.portal.PortalPages.assertAccessible;
import static org.medsoc.portal.PortalPages.awaitText;
import static org.medsoc.portal.PortalPages.awaitTextReloading;
import static org.medsoc.portal.PortalPages.awaitVisible;
import static org.medsoc.portal.PortalPages.screenshot;
import static org.medsoc.portal.PortalPages.signIn;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.medsoc.testsupport.Http;
import org.medsoc.testsupport.TestIdentity;
import org.medsoc.testsupport.TestInfrastructure;

/**
 * The meetings department in a real Chromium: it moves a session of the programme to another room
 * and hour, and at the registration desk, on a phone, checks in an attendee found by a few letters
 * of her name; it decides abstracts and gives posters their boards, invites a speaker and puts her
 * into a talk, and pairs a speed-mentoring session.
 */
class MeetingsBrowserTest {

  private final PortalStack stack = PortalStack.get();
  private final TestIdentity identity = TestInfrastructure.identity();
  private final String run = UUID.randomUUID().toString().substring(0, 8);
  private final Http members = new Http(stack.memberUrl).as(identity.platformStaff());
  private final Http events = new Http(stack.eventsUrl).as(identity.platformStaff());

  @Test
  void staff_move_a_session_and_check_in_an_attendee_found_by_name_on_a_phone() throws Exception {
    LocalDate first = LocalDate.now(ZoneOffset.UTC).plusDays(40);
    String societyId =
        members
            .post("/societies", Map.of("name", "Society of Nephrology " + run, "kind", "SPECIALTY"))
            .text("societyId");
    String memberId =
        members
            .post(
                "/members",
                Map.of(
                    "societyId",
                    societyId,
                    "trainingLevel",
                    "FELLOW",
                    "profile",
                    Map.of(
                        "givenName",
                        "Adaeze",
                        "familyName",
                        "Nwosu" + run,
                        "institution",
                        "Lagos University Teaching Hospital",
                        "email",
                        "adaeze-" + run + "@example.org")))
            .text("memberId");
    members.post(
        "/members/" + memberId + "/memberships",
        Map.of("societyId", societyId, "category", "RESIDENT_FELLOW_IN_TRAINING"));
    members.post(
        "/members/" + memberId + "/memberships/" + societyId + "/approval",
        Map.of(
            "paidThrough", first.plusYears(1).toString(),
            "dues", Map.of("amount", 40, "currency", "USD")));
    String conferenceId =
        events
            .post(
                "/societies/" + societyId + "/conferences",
                Map.of(
                    "name",
                    "Kidney Week " + run,
                    "startDate",
                    first.toString(),
                    "endDate",
                    first.plusDays(2).toString(),
                    "timeZone",
                    "America/New_York",
                    "venue",
                    "Convention Center",
                    "capacity",
                    500,
                    "fees",
                    Map.of("MEMBER_TRAINEE", 60, "MEMBER", 450, "NON_MEMBER", 800),
                    "currency",
                    "USD"))
            .text("conferenceId");
    events.post(
        "/conferences/" + conferenceId + "/sessions",
        Map.of(
            "kind",
            "WORKSHOP",
            "title",
            "Point-of-care ultrasound",
            "start",
            first.atTime(9, 0).toString(),
            "end",
            first.atTime(10, 30).toString(),
            "room",
            "Hall A",
            "capacity",
            40));
    await()
        .atMost(Duration.ofSeconds(20))
        .until(
            () ->
                events
                        .post(
                            "/conferences/" + conferenceId + "/registrations",
                            Map.of("memberId", memberId))
                        .status()
                    == 201);

    String email = "meetings-" + run + "@example.org";
    String password = identity.person(email, "Mira Meetings", List.of("STAFF"), List.of(societyId));
    try (BrowserContext desk = Browsers.context(false)) {
      Page page = desk.newPage();
      signIn(page, stack, email, password);
      awaitVisible(page, "#staff-home");
      page.navigate(stack.portalUrl + "/societies/" + societyId + "/conferences");
      awaitTextReloading(page, "#conferences", "Kidney Week");
      assertAccessible(page);
      page.navigate(stack.portalUrl + "/conferences/" + conferenceId);
      awaitTextReloading(page, "article", "Point-of-care ultrasound");
      page.getByText("Edit, move or cancel “Point-of-care ultrasound”").click();
      page.getByLabel("Title").first().fill("Point-of-care ultrasound for fellows");
      page.getByLabel("Starts (local time)").first().fill(first.plusDays(1) + "T14:00");
      page.getByLabel("Ends (local time)").first().fill(first.plusDays(1) + "T15:30");
      page.getByLabel("Room").first().fill("Hall C");
      page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save the session"))
          .click();
      awaitText(page, "[role=status]", "Saved");
      awaitTextReloading(page, ".session-when", "Hall C");
      assertThat(page.locator("article").first().innerText())
          .contains("Point-of-care ultrasound for fellows", first.plusDays(1) + " 14:00 – 15:30");
      assertAccessible(page);
    }

    try (BrowserContext phone = Browsers.context(true)) {
      Page page = phone.newPage();
      signIn(page, stack, email, password);
      awaitVisible(page, "#staff-home");
      page.navigate(stack.portalUrl + "/conferences/" + conferenceId + "/registrations");
      awaitVisible(page, "#counts");
      assertThat(page.locator("#counts").innerText()).contains("One registration");
      page.getByLabel("Find an attendee by name").fill("nwosu" + run.substring(0, 4));
      page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Find")).click();
      awaitText(page, "#attendees", "Nwosu" + run + ", Adaeze");
      assertAccessible(page);
      page.getByRole(
              AriaRole.BUTTON,
              new Page.GetByRoleOptions().setName("Check in Nwosu" + run + ", Adaeze"))
          .click();
      awaitText(page, "#checked-in", "is checked in");
      awaitTextReloading(page, "#attendees", "Checked in at");
      screenshot(page, "check-in");
      assertAccessible(page);
    }
  }

  private String activeMember(
      String societyId, String login, String given, String family, boolean trainee) {
    Http self = new Http(stack.memberUrl).as(identity.member(login));
    String memberId =
        self.post(
                "/members",
                Map.of(
                    "trainingLevel",
                    trainee ? "PGY3" : "ATTENDING",
                    "profile",
                    Map.of(
                        "givenName",
                        given,
                        "familyName",
                        family,
                        "institution",
                        "University Hospital",
                        "email",
                        login + "@example.org")))
            .text("memberId");
    self.post(
        "/members/" + memberId + "/memberships",
        Map.of(
            "societyId", societyId, "category", trainee ? "RESIDENT_FELLOW_IN_TRAINING" : "FULL"));
    members.post(
        "/members/" + memberId + "/memberships/" + societyId + "/approval",
        Map.of(
            "paidThrough", LocalDate.now(ZoneOffset.UTC).plusYears(1).toString(),
            "dues", Map.of("amount", 100, "currency", "USD")));
    return memberId;
  }

  private String session(String conferenceId, String kind, String title, LocalDate day, int hour) {
    return events
        .post(
            "/conferences/" + conferenceId + "/sessions",
            Map.of(
                "kind",
                kind,
                "title",
                title,
                "start",
                day.atTime(hour, 0).toString(),
                "end",
                day.atTime(hour + 1, 0).toString(),
                "room",
                "Room " + hour,
                "capacity",
                10))
        .text("sessionId");
  }

  /** Events-service learns of a membership from Kafka a moment after member-service approves it. */
  private static Http.Response once(java.util.function.Supplier<Http.Response> step, int expected) {
    Http.Response[] last = new Http.Response[1];
    await().atMost(Duration.ofSeconds(20)).until(() -> (last[0] = step.get()).status() == expected);
    return last[0];
  }

  @Test
  void staff_decide_abstracts_give_boards_invite_a_speaker_and_pair_speed_mentoring()
      throws Exception {
    LocalDate first = LocalDate.now(ZoneOffset.UTC).plusDays(50);
    String societyId =
        members
            .post("/societies", Map.of("name", "College of Nephrology " + run, "kind", "SPECIALTY"))
            .text("societyId");
    String traineeLogin = "trainee-" + run;
    activeMember(societyId, traineeLogin, "Chidi", "Eze" + run, true);
    String mentorLogin = "mentor-" + run;
    activeMember(societyId, mentorLogin, "Grace", "Okoro" + run, false);
    String speakerLogin = "speaker-" + run;
    activeMember(societyId, speakerLogin, "Lina", "Haddad" + run, false);
    String conferenceId =
        events
            .post(
                "/societies/" + societyId + "/conferences",
                Map.of(
                    "name",
                    "Renal Week " + run,
                    "startDate",
                    first.toString(),
                    "endDate",
                    first.plusDays(1).toString(),
                    "timeZone",
                    "Europe/Lisbon",
                    "venue",
                    "Congress Centre",
                    "capacity",
                    100,
                    "fees",
                    Map.of("MEMBER_TRAINEE", 50, "MEMBER", 300, "NON_MEMBER", 600),
                    "currency",
                    "EUR"))
            .text("conferenceId");
    String c = "/conferences/" + conferenceId;
    session(conferenceId, "POSTER_SESSION", "Trainee posters", first, 17);
    String speedMentoring = session(conferenceId, "SPEED_MENTORING", "Speed mentoring", first, 7);
    session(conferenceId, "TALK", "Advances in dialysis", first, 10);
    Http traineeCalls = new Http(stack.eventsUrl).as(identity.member(traineeLogin));
    Http mentorCalls = new Http(stack.eventsUrl).as(identity.member(mentorLogin));
    once(() -> traineeCalls.post(c + "/registrations", Map.of()), 201);
    once(() -> mentorCalls.post(c + "/registrations", Map.of()), 201);
    String kept =
        traineeCalls
            .post(
                c + "/abstracts",
                Map.of("title", "Home dialysis outcomes", "authors", "C. Eze, G. Okoro"))
            .text("abstractId");
    String declined =
        traineeCalls
            .post(c + "/abstracts", Map.of("title", "A case of hiccups", "authors", "C. Eze"))
            .text("abstractId");
    String place = c + "/sessions/" + speedMentoring + "/speed-mentoring";
    traineeCalls.post(place, Map.of("role", "TRAINEE", "interests", List.of("dialysis")));
    mentorCalls.post(place, Map.of("role", "MENTOR", "interests", List.of("dialysis", "ICU")));

    String email = "programme-" + run + "@example.org";
    String password =
        identity.person(email, "Paulo Programme", List.of("STAFF"), List.of(societyId));
    try (BrowserContext office = Browsers.context(false)) {
      Page page = office.newPage();
      signIn(page, stack, email, password);
      awaitVisible(page, "#staff-home");
      page.navigate(stack.portalUrl + c);
      page.getByText("Abstracts and posters").click();
      awaitTextReloading(page, "#abstract-" + declined, "A case of hiccups");
      assertAccessible(page);

      page.locator("#abstract-" + declined)
          .getByRole(
              AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Reject “A case of hiccups”"))
          .click();
      awaitText(page, "#abstract-" + declined + " [role=alert]", "must not be blank");
      assertAccessible(page);
      page.locator("#abstract-" + declined)
          .getByLabel("Reason (the presenter is told)")
          .fill("a case report, not research");
      page.locator("#abstract-" + declined)
          .getByRole(
              AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Reject “A case of hiccups”"))
          .click();
      awaitText(page, "[role=status]", "Saved");
      page.locator("#abstract-" + kept)
          .getByLabel("Reason (the presenter is told)")
          .fill("sound methods");
      page.locator("#abstract-" + kept)
          .getByRole(
              AriaRole.BUTTON,
              new Locator.GetByRoleOptions().setName("Accept “Home dialysis outcomes”"))
          .click();
      awaitTextReloading(page, "#abstract-" + kept, "Give “Home dialysis outcomes” a board");
      awaitTextReloading(page, "#abstract-" + declined, "a case report, not research");
      page.locator("#abstract-" + kept).getByLabel("Board").fill("12");
      page.getByRole(
              AriaRole.BUTTON,
              new Page.GetByRoleOptions().setName("Give “Home dialysis outcomes” a board"))
          .click();
      awaitTextReloading(page, "#board-plan ~ div", "Home dialysis outcomes");
      assertThat(page.locator("#board-plan ~ div tbody").innerText()).contains("12", "Eze" + run);
      assertAccessible(page);

      page.navigate(stack.portalUrl + c + "/speakers");
      page.getByLabel("Find an active member by name").fill("haddad" + run);
      page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Find")).click();
      awaitText(page, "#candidates", "Haddad" + run + ", Lina");
      page.getByLabel("Topic").fill("Advances in dialysis");
      page.getByRole(
              AriaRole.BUTTON,
              new Page.GetByRoleOptions().setName("Invite Haddad" + run + ", Lina"))
          .click();
      awaitTextReloading(page, "#invitations ~ ul", "Waiting for an answer");
      assertAccessible(page);
      String invitationId =
          events.get(c + "/speaker-invitations").body().at("/0/invitationId").asText();
      new Http(stack.eventsUrl)
          .as(identity.member(speakerLogin))
          .post(c + "/speaker-invitations/" + invitationId + "/answer", Map.of("accept", true));
      awaitTextReloading(page, "#invitation-" + invitationId, "Accepted");
      page.getByRole(
              AriaRole.BUTTON,
              new Page.GetByRoleOptions().setName("Put Haddad" + run + ", Lina into the session"))
          .click();
      awaitTextReloading(page, "#invitation-" + invitationId, "Speaks in Advances in dialysis");
      assertAccessible(page);

      page.navigate(stack.portalUrl + c);
      page.getByText("Places and pairing for “Speed mentoring”").click();
      awaitTextReloading(page, "#places", "Okoro" + run + ", Grace");
      assertThat(page.locator("#place-counts").innerText()).contains("One trainee and one mentor");
      page.getByRole(
              AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Pair by shared interests"))
          .click();
      awaitTextReloading(page, "#pair-table", "dialysis");
      assertThat(page.locator("#pair-table tbody").innerText())
          .contains("Eze" + run + ", Chidi", "Okoro" + run + ", Grace");
      assertAccessible(page);
    }
  }
}
