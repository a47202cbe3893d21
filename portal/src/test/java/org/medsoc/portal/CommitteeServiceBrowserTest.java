package org.medsoc.portal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.medsoc.portal.PortalPages.assertAccessible;
import static org.medsoc.portal.PortalPages.awaitText;
import static org.medsoc.portal.PortalPages.awaitTextReloading;
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
 * Committee service in a real Chromium: a sponsor nominates his protégé for a trainee seat with a
 * statement; the protégé, on her phone, consents without ever seeing who nominated her or what he
 * wrote, applies herself to another open call and asks him, her mentor, to endorse it; he finds the
 * request and endorses; she sees that he did, never what he wrote. He is told why a trainee seat is
 * not his to apply for.
 */
class CommitteeServiceBrowserTest {

  private final PortalStack stack = PortalStack.get();
  private final TestIdentity identity = TestInfrastructure.identity();
  private final String run = UUID.randomUUID().toString().substring(0, 8);
  private final Http members = new Http(stack.memberUrl).as(identity.platformStaff());
  private final Http committees = new Http(stack.committeeUrl).as(identity.platformStaff());
  private final LocalDate today = LocalDate.now(ZoneOffset.UTC);

  private String call(String committeeId, String title, Map<String, Object> eligibility) {
    return committees
        .post(
            "/committees/" + committeeId + "/calls",
            Map.of(
                "purpose",
                "COMMITTEE_SEAT",
                "title",
                title,
                "roles",
                List.of("TRAINEE_REPRESENTATIVE"),
                "eligibility",
                eligibility,
                "opensOn",
                today.toString(),
                "closesOn",
                today.plusDays(14).toString()))
        .text("callId");
  }

  @Test
  void a_sponsor_nominates_his_protege_who_consents_unaware_of_the_statement_and_applies_herself()
      throws Exception {
    String societyId =
        members
            .post("/societies", Map.of("name", "College of Surgeons " + run, "kind", "SPECIALTY"))
            .text("societyId");
    String protegeEmail = "protege-" + run + "@example.org";
    String protegePassword =
        PortalMembers.active(
            stack,
            identity,
            societyId,
            protegeEmail,
            "Aisha",
            "Diallo" + run,
            "PGY3",
            "RESIDENT_FELLOW_IN_TRAINING");
    String sponsorEmail = "sponsor-" + run + "@example.org";
    String sponsorPassword =
        PortalMembers.active(
            stack, identity, societyId, sponsorEmail, "Omar", "Sall" + run, "ATTENDING", "FULL");
    String committeeId =
        committees
            .post(
                "/societies/" + societyId + "/committees",
                Map.of(
                    "name",
                    "Education Committee " + run,
                    "seatPlan",
                    Map.of("CHAIR", 1, "TRAINEE_REPRESENTATIVE", 2),
                    "defaultTermYears",
                    2))
            .text("committeeId");
    call(
        committeeId,
        "Trainee seats " + run,
        Map.of(
            "categories",
            List.of("RESIDENT_FELLOW_IN_TRAINING"),
            "trainingLevels",
            List.of("PGY1", "PGY2", "PGY3")));
    call(committeeId, "Curriculum working group " + run, Map.of());
    String statement = "She led our M&M reform and deserves the seat";
    new Http(stack.memberUrl)
        .as(identity.member(identity.subjectOf(sponsorEmail)))
        .post(
            "/sponsorships",
            Map.of(
                "protegeId",
                PortalMembers.idOf(stack, identity, protegeEmail),
                "goals",
                "a national committee seat"));

    try (BrowserContext desk = Browsers.context(false)) {
      Page page = desk.newPage();
      signIn(page, stack, sponsorEmail, sponsorPassword);
      page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Committees")).click();
      awaitTextReloading(page, "#calls ~ article", "Trainee seats " + run);
      assertThat(
              page.locator("article", new Page.LocatorOptions().setHasText("Trainee seats " + run))
                  .innerText())
          .as("an attending is told why he may not apply, and that he may nominate")
          .contains(
              "You may not apply to this call",
              "Resident or fellow in training",
              "PGY1, PGY2, PGY3",
              "You may nominate a colleague");
      assertAccessible(page);
      page.getByLabel("Find a colleague to nominate").fill("diallo" + run);
      page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Find")).click();
      awaitText(page, "#calls ~ article", "Nominate for");
      page.locator("article", new Page.LocatorOptions().setHasText("Trainee seats " + run))
          .getByLabel("Why you nominate them (only reviewers read it, never the nominee)")
          .fill(statement);
      page.locator("article", new Page.LocatorOptions().setHasText("Trainee seats " + run))
          .getByLabel("I sponsor them: record this nomination in my sponsorship")
          .check();
      page.getByRole(
              AriaRole.BUTTON,
              new Page.GetByRoleOptions().setName("Nominate for “Trainee seats " + run + "”"))
          .click();
      awaitText(page, "[role=status]", "Saved");
      awaitTextReloading(page, "#made ~ ul", "Aisha Diallo" + run);
      assertThat(page.locator("#made ~ ul").innerText()).contains("waiting for the nominee");
      assertAccessible(page);
    }

    try (BrowserContext phone = Browsers.context(true)) {
      Page page = phone.newPage();
      signIn(page, stack, protegeEmail, protegePassword);
      awaitTextReloading(page, "#nominations-to-answer", "Someone nominated you");
      assertThat(page.locator("#home-memberships").innerText())
          .contains("College of Surgeons " + run, "Active", "Resident or fellow in training");
      screenshot(page, "resident-home");
      assertAccessible(page);
      page.locator("#nominations-to-answer a").click();
      awaitTextReloading(page, "#received ~ article", "Trainee seats " + run);
      assertThat(page.locator("main").innerText())
          .as("the nominee sees neither who nominated her nor what he wrote")
          .doesNotContain(statement)
          .doesNotContain("Sall" + run);
      assertAccessible(page);
      page.getByRole(
              AriaRole.BUTTON,
              new Page.GetByRoleOptions()
                  .setName("Consent to be considered for “Trainee seats " + run + "”"))
          .click();
      awaitText(page, "[role=status]", "Saved");
      awaitTextReloading(page, "#received ~ article", "consent given");

      page.getByText("Apply to “Curriculum working group " + run + "”").click();
      page.locator(
              "article", new Page.LocatorOptions().setHasText("Curriculum working group " + run))
          .getByLabel("Your statement of interest")
          .fill("I redesigned our intern bootcamp and want to help the curriculum");
      page.getByRole(
              AriaRole.BUTTON,
              new Page.GetByRoleOptions()
                  .setName("Send my application to “Curriculum working group " + run + "”"))
          .click();
      awaitText(page, "[role=status]", "Saved");
      awaitTextReloading(page, "#applied ~ article", "Curriculum working group " + run);
      page.getByLabel("Find a colleague to nominate or to ask for an endorsement")
          .fill("sall" + run);
      page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Find")).click();
      awaitTextReloading(page, "#applied ~ article", "Ask for an endorsement");
      page.getByRole(
              AriaRole.BUTTON,
              new Page.GetByRoleOptions()
                  .setName("Ask for an endorsement of “Curriculum working group " + run + "”"))
          .click();
      awaitText(page, "[role=status]", "Saved");
      assertAccessible(page);
    }

    try (BrowserContext desk = Browsers.context(false)) {
      Page page = desk.newPage();
      signIn(page, stack, sponsorEmail, sponsorPassword);
      page.navigate(stack.portalUrl + "/service");
      awaitTextReloading(page, "#to-endorse ~ article", "Aisha Diallo" + run + " asks you");
      assertAccessible(page);
      page.getByLabel("Your endorsement").fill("She rebuilt our intern bootcamp with care");
      page.getByRole(
              AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Endorse Aisha Diallo" + run))
          .click();
      awaitText(page, "[role=status]", "Saved");
      awaitTextReloading(page, "#to-endorse ~ article", "You endorsed it.");
    }

    try (BrowserContext phone = Browsers.context(true)) {
      Page page = phone.newPage();
      signIn(page, stack, protegeEmail, protegePassword);
      page.navigate(stack.portalUrl + "/sponsorship");
      awaitTextReloading(page, "#sponsored-by ~ article", "Nominated");
      assertThat(page.locator("#sponsored-by ~ article").first().innerText())
          .as("her sponsor chose to record the nomination where she sees it, never its statement")
          .contains("Omar Sall" + run, "Trainee seats " + run)
          .doesNotContain(statement);
      page.navigate(stack.portalUrl + "/service");
      awaitTextReloading(page, "#applied ~ article", "Endorsed by Omar Sall" + run);
      assertThat(page.locator("main").innerText())
          .as("she never reads what her endorser wrote")
          .doesNotContain("rebuilt our intern bootcamp with care");
      assertAccessible(page);
    }
    String curriculum = null;
    for (var c : committees.get("/committees/" + committeeId + "/calls").body()) {
      if (c.path("title").asText().startsWith("Curriculum working group")) {
        curriculum = c.path("callId").asText();
      }
    }
    String curriculumCall = curriculum;
    await()
        .atMost(Duration.ofSeconds(20))
        .untilAsserted(
            () ->
                assertThat(
                        committees
                            .get("/calls/" + curriculumCall + "/submissions")
                            .body()
                            .toString())
                    .contains("I redesigned our intern bootcamp"));
  }
}
