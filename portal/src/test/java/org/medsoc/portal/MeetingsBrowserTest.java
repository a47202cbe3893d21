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
 * of her name.
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
      awaitText(page, "#conferences", "Kidney Week");
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
}
