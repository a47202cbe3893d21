package org.medsoc.portal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.medsoc.portal.PortalPages.assertAccessible;
import static org.medsoc.portal.PortalPages.awaitText;
import static org.medsoc.portal.PortalPages.awaitTextReloading;
import static org.medsoc.portal.PortalPages.awaitVisible;
import static org.medsoc.portal.PortalPages.screenshot;
import static org.medsoc.portal.PortalPages.signIn;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Download;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.nio.file.Files;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.medsoc.testsupport.Http;
import org.medsoc.testsupport.TestIdentity;
import org.medsoc.testsupport.TestInfrastructure;

/**
 * At a conference in a real Chromium: a resident registers at her trainee rate and asks a speaker
 * for a 15-minute meeting; the speaker, on his phone, proposes another time; the resident accepts
 * it, and the meeting is on her agenda in the conference's local time and in her calendar file.
 * Another resident, on her phone, takes the last place in a workshop, joins speed mentoring,
 * accepts an invitation to speak and submits an abstract.
 */
class ConferenceBrowserTest {

  private final PortalStack stack = PortalStack.get();
  private final TestIdentity identity = TestInfrastructure.identity();
  private final String run = UUID.randomUUID().toString().substring(0, 8);
  private final Http members = new Http(stack.memberUrl).as(identity.platformStaff());
  private final Http events = new Http(stack.eventsUrl).as(identity.platformStaff());

  @Test
  void a_resident_asks_a_speaker_for_a_meeting_he_proposes_another_time_and_she_accepts()
      throws Exception {
    LocalDate first = LocalDate.now(ZoneOffset.UTC).plusDays(60);
    String societyId =
        members
            .post("/societies", Map.of("name", "West African College " + run, "kind", "SPECIALTY"))
            .text("societyId");
    String residentEmail = "resident-" + run + "@example.org";
    String residentPassword =
        PortalMembers.active(
            stack,
            identity,
            societyId,
            residentEmail,
            "Ngozi",
            "Eze" + run,
            "PGY2",
            "RESIDENT_FELLOW_IN_TRAINING");
    String speakerEmail = "speaker-" + run + "@example.org";
    String speakerPassword =
        PortalMembers.active(
            stack, identity, societyId, speakerEmail, "Kwame", "Mensah" + run, "ATTENDING", "FULL");
    String conferenceId = conference(societyId, first);
    new Http(stack.eventsUrl)
        .as(identity.member(identity.subjectOf(speakerEmail)))
        .post("/conferences/" + conferenceId + "/registrations", Map.of());

    try (BrowserContext desk = Browsers.context(false)) {
      Page page = desk.newPage();
      signIn(page, stack, residentEmail, residentPassword);
      awaitVisible(page, "#member-home");
      page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Conferences")).click();
      awaitTextReloading(page, "#conferences", "Annual Scientific Meeting " + run);
      assertAccessible(page);
      page.getByRole(
              AriaRole.LINK,
              new Page.GetByRoleOptions().setName("Annual Scientific Meeting " + run))
          .click();
      page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Register")).click();
      awaitTextReloading(page, "#my-registration", "Has a place");
      assertThat(page.locator("#my-registration").innerText())
          .contains("Member, trainee", "60", "USD");
      assertAccessible(page);

      page.getByPlaceholder("Find a colleague by name, institution, specialty or interest")
          .fill("mensah" + run);
      page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Find")).click();
      awaitText(page, "#meeting-candidates", "Kwame Mensah" + run);
      page.getByLabel("Starts (local time)").fill(first + "T10:00");
      page.getByLabel("What for (only the two of you see it)")
          .fill("your advice on a nephrology fellowship");
      page.getByRole(
              AriaRole.BUTTON,
              new Page.GetByRoleOptions().setName("Ask Kwame Mensah" + run + " for a meeting"))
          .click();
      awaitText(page, "[role=status]", "Your request is sent");
      awaitTextReloading(page, "#meetings ~ article", "Waiting for an answer");
      assertAccessible(page);
    }

    try (BrowserContext phone = Browsers.context(true)) {
      Page page = phone.newPage();
      signIn(page, stack, speakerEmail, speakerPassword);
      page.navigate(stack.portalUrl + "/attend/" + conferenceId);
      awaitTextReloading(page, "#meetings ~ article", "Ngozi Eze" + run + " asks you");
      assertAccessible(page);
      page.getByLabel("Another time").fill(first + "T11:30");
      page.getByRole(
              AriaRole.BUTTON,
              new Page.GetByRoleOptions().setName("Propose another time to Ngozi Eze" + run))
          .click();
      awaitText(page, "[role=status]", "Saved");
    }

    try (BrowserContext phone = Browsers.context(true)) {
      Page page = phone.newPage();
      signIn(page, stack, residentEmail, residentPassword);
      page.navigate(stack.portalUrl + "/attend/" + conferenceId);
      awaitTextReloading(page, "#meetings ~ article", "Another time proposed");
      assertThat(page.locator("#meetings ~ article").first().innerText())
          .contains(first + " 11:30–11:45");
      page.getByRole(
              AriaRole.BUTTON,
              new Page.GetByRoleOptions().setName("Accept the meeting with Kwame Mensah" + run))
          .click();
      awaitText(page, "[role=status]", "Saved");
      awaitTextReloading(page, "#agenda-items", "11:30");
      assertThat(page.locator("#meetings ~ article").first().innerText()).contains("Accepted");
      screenshot(page, "agenda-phone");
      assertAccessible(page);
      Download calendar =
          page.waitForDownload(
              () ->
                  page.getByRole(
                          AriaRole.LINK,
                          new Page.GetByRoleOptions()
                              .setName("Add your agenda to your calendar (iCal)"))
                      .click());
      String ics = Files.readString(calendar.path());
      assertThat(ics)
          .contains("BEGIN:VCALENDAR", "BEGIN:VEVENT")
          .as("11:30 in Lagos is 10:30 UTC")
          .contains("DTSTART:" + first.toString().replace("-", "") + "T103000Z");
    }
  }

  @Test
  void
      a_resident_takes_a_workshop_place_joins_speed_mentoring_accepts_to_speak_and_submits_an_abstract()
          throws Exception {
    LocalDate first = LocalDate.now(ZoneOffset.UTC).plusDays(60);
    String societyId =
        members
            .post("/societies", Map.of("name", "Gulf Renal Society " + run, "kind", "SPECIALTY"))
            .text("societyId");
    String email = "taking-part-" + run + "@example.org";
    String password =
        PortalMembers.active(
            stack,
            identity,
            societyId,
            email,
            "Layla",
            "Haddad" + run,
            "PGY3",
            "RESIDENT_FELLOW_IN_TRAINING");
    String conferenceId = conference(societyId, first);
    String c = "/conferences/" + conferenceId;
    String workshopId =
        events
            .post(
                c + "/sessions",
                Map.of(
                    "kind",
                    "WORKSHOP",
                    "title",
                    "Ultrasound-guided access",
                    "start",
                    first.atTime(14, 0).toString(),
                    "end",
                    first.atTime(15, 30).toString(),
                    "room",
                    "Lab 2",
                    "capacity",
                    1))
            .text("sessionId");
    String speedMentoringId =
        events
            .post(
                c + "/sessions",
                Map.of(
                    "kind",
                    "SPEED_MENTORING",
                    "title",
                    "Speed mentoring for residents",
                    "start",
                    first.plusDays(1).atTime(7, 30).toString(),
                    "end",
                    first.plusDays(1).atTime(8, 30).toString(),
                    "capacity",
                    20))
            .text("sessionId");
    String invitationId =
        events
            .post(
                c + "/speaker-invitations",
                Map.of(
                    "memberId",
                    PortalMembers.idOf(stack, identity, email),
                    "topic",
                    "A resident's view of home dialysis"))
            .text("invitationId");

    try (BrowserContext phone = Browsers.context(true)) {
      Page page = phone.newPage();
      signIn(page, stack, email, password);
      page.navigate(stack.portalUrl + "/attend/" + conferenceId);
      page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Register")).click();
      awaitTextReloading(page, "#my-registration", "Has a place");

      page.getByRole(
              AriaRole.BUTTON,
              new Page.GetByRoleOptions().setName("Take a place in Ultrasound-guided access"))
          .click();
      awaitTextReloading(page, "#session-" + workshopId, "You have a place");
      assertThat(page.locator("#session-" + workshopId).innerText())
          .contains("1 of 1 places taken");

      page.navigate(stack.portalUrl + "/attend/" + conferenceId);
      page.getByLabel("I take part as").selectOption("TRAINEE");
      page.getByLabel("Your interests").fill("home dialysis, research");
      page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Join speed mentoring"))
          .click();
      awaitTextReloading(page, "#session-" + speedMentoringId, "You take part as a trainee");
      assertThat(page.locator("#agenda-items").innerText())
          .contains("Ultrasound-guided access", "Speed mentoring for residents");

      page.navigate(stack.portalUrl + "/attend/" + conferenceId);
      page.getByLabel("A word for the meetings department").fill("Glad to: I run our PD clinic");
      page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Accept the invitation"))
          .click();
      awaitTextReloading(page, "#invitation-" + invitationId, "Accepted");

      page.navigate(stack.portalUrl + "/attend/" + conferenceId);
      page.getByLabel("Authors, as they are to be printed").fill("L. Haddad, S. Karimi");
      page.getByRole(
              AriaRole.BUTTON,
              new Page.GetByRoleOptions().setName("Submit an abstract for a poster"))
          .click();
      awaitVisible(page, "#abstract-title-error");
      assertThat(page.getByLabel("Title").getAttribute("aria-describedby"))
          .isEqualTo("abstract-title-error");
      assertAccessible(page);
      page.getByLabel("Title").fill("Catheter dwell times in incremental PD");
      page.getByRole(
              AriaRole.BUTTON,
              new Page.GetByRoleOptions().setName("Submit an abstract for a poster"))
          .click();
      awaitTextReloading(page, "#my-abstracts", "Catheter dwell times in incremental PD");
      assertThat(page.locator("#my-abstracts").innerText())
          .contains("Submitted, waiting for a decision");
      assertAccessible(page);
    }
  }

  private String conference(String societyId, LocalDate first) {
    return events
        .post(
            "/societies/" + societyId + "/conferences",
            Map.of(
                "name",
                "Annual Scientific Meeting " + run,
                "startDate",
                first.toString(),
                "endDate",
                first.plusDays(2).toString(),
                "timeZone",
                "Africa/Lagos",
                "venue",
                "Eko Convention Centre",
                "capacity",
                300,
                "fees",
                Map.of("MEMBER_TRAINEE", 60, "MEMBER", 300, "NON_MEMBER", 500),
                "currency",
                "USD"))
        .text("conferenceId");
  }
}
