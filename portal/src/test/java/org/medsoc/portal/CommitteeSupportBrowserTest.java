package org.medsoc.portal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.medsoc.portal.PortalPages.assertAccessible;
import static org.medsoc.portal.PortalPages.awaitText;
import static org.medsoc.portal.PortalPages.awaitTextReloading;
import static org.medsoc.portal.PortalPages.awaitUrl;
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
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.medsoc.testsupport.Http;
import org.medsoc.testsupport.StoredDeadlines;
import org.medsoc.testsupport.TestIdentity;
import org.medsoc.testsupport.TestInfrastructure;

/**
 * Committee support runs a call in a real Chromium: staff open it on the committee's page, a
 * resident applies, the call closes, staff shortlist, decide with a reason and appoint from the
 * selection, and the committee's roster shows the new trainee representative by name.
 */
class CommitteeSupportBrowserTest {

  private final PortalStack stack = PortalStack.get();
  private final TestIdentity identity = TestInfrastructure.identity();
  private final String run = UUID.randomUUID().toString().substring(0, 8);
  private final Http members = new Http(stack.memberUrl).as(identity.platformStaff());
  private final Http committees = new Http(stack.committeeUrl).as(identity.platformStaff());

  @Test
  void staff_run_a_call_from_opening_to_an_appointment_from_the_selection() throws Exception {
    LocalDate today = LocalDate.now(ZoneOffset.UTC);
    String societyId =
        members
            .post("/societies", Map.of("name", "Academy of Pediatrics " + run, "kind", "SPECIALTY"))
            .text("societyId");
    String login = "resident-" + run;
    Http resident = new Http(stack.memberUrl).as(identity.member(login));
    String memberId =
        resident
            .post(
                "/members",
                Map.of(
                    "trainingLevel",
                    "PGY2",
                    "profile",
                    Map.of(
                        "givenName", "Wanjiru",
                        "familyName", "Kamau",
                        "institution", "Kenyatta National Hospital",
                        "email", login + "@example.org")))
            .text("memberId");
    resident.post(
        "/members/" + memberId + "/memberships",
        Map.of("societyId", societyId, "category", "RESIDENT_FELLOW_IN_TRAINING"));
    assertThat(
            members
                .post(
                    "/members/" + memberId + "/memberships/" + societyId + "/approval",
                    Map.of(
                        "paidThrough", today.plusYears(1).toString(),
                        "dues", Map.of("amount", 40, "currency", "USD")))
                .status())
        .isEqualTo(204);
    String committeeId =
        committees
            .post(
                "/societies/" + societyId + "/committees",
                Map.of(
                    "name",
                    "Residents Committee",
                    "seatPlan",
                    Map.of("CHAIR", 1, "MEMBER", 4, "TRAINEE_REPRESENTATIVE", 2),
                    "defaultTermYears",
                    2))
            .text("committeeId");
    await()
        .atMost(Duration.ofSeconds(20))
        .until(() -> committees.get("/member-eligibility/" + memberId).status() == 200);

    String email = "committees-" + run + "@example.org";
    String password = identity.person(email, "Sam Support", List.of("STAFF"), List.of(societyId));
    try (BrowserContext context = Browsers.context(false)) {
      Page page = context.newPage();
      signIn(page, stack, email, password);
      awaitVisible(page, "#staff-home");
      page.navigate(stack.portalUrl + "/societies/" + societyId + "/committees");
      awaitTextReloading(page, "#committees", "Residents Committee");
      assertAccessible(page);
      page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Residents Committee"))
          .click();
      awaitVisible(page, "#open-call");
      page.getByLabel("Title").fill("Trainee representatives " + today.getYear());
      page.locator("#open-call").getByLabel("Trainee representative").check();
      page.getByLabel("Closes on").fill(today.plusDays(14).toString());
      page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Open the call")).click();
      awaitTextReloading(page, "#calls", "Trainee representatives");
      assertAccessible(page);
      page.locator("#calls a").first().click();
      awaitUrl(page, url -> url.contains("/calls/"));
      String callId = page.url().replaceAll(".*/calls/([0-9a-f-]{36}).*", "$1");

      assertThat(
              new Http(stack.committeeUrl)
                  .as(identity.member(login))
                  .post(
                      "/calls/" + callId + "/applications",
                      Map.of(
                          "role", "TRAINEE_REPRESENTATIVE",
                          "statement", "I chair our programme's wellness group."))
                  .status())
          .isEqualTo(201);
      StoredDeadlines.bringDue(stack.committee.getBean(DataSource.class), callId);
      await()
          .atMost(Duration.ofSeconds(30))
          .until(
              () ->
                  committees.get("/calls/" + callId).body().path("closedOn").isTextual()
                      && committees
                              .get("/calls/" + callId + "/submissions")
                              .body()
                              .path("submissions")
                              .size()
                          == 1);

      page.reload();
      awaitText(page, "#call-state", "Closed on");
      awaitText(page, "article", "I chair our programme's wellness group.");
      assertThat(page.locator("#who-sees-what").innerText())
          .contains("never see who nominated them");
      assertAccessible(page);
      page.getByRole(
              AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Shortlist Kamau, Wanjiru"))
          .click();
      awaitText(page, "article .badge", "Shortlisted");
      page.getByLabel("Reason (the candidate is told)")
          .fill("Led the wellness group for two years");
      page.getByRole(
              AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Decide on Kamau, Wanjiru"))
          .click();
      awaitText(page, "article .badge", "Selected");
      screenshot(page, "call-review");
      page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Appoint Kamau, Wanjiru"))
          .click();
      awaitText(page, "article .badge", "Appointed");
      assertAccessible(page);

      page.navigate(stack.portalUrl + "/committees/" + committeeId);
      awaitTextReloading(page, "#roster", "Kamau, Wanjiru");
      assertThat(page.locator("#roster").innerText()).contains("Trainee representative");
      assertThat(page.locator("#plan").innerText()).contains("Trainee representative\t2\t1");
      assertAccessible(page);
    }
  }
}
