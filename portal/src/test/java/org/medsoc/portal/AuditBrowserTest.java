package org.medsoc.portal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.medsoc.portal.PortalPages.assertAccessible;
import static org.medsoc.portal.PortalPages.awaitText;
import static org.medsoc.portal.PortalPages.awaitTextReloading;
import static org.medsoc.portal.PortalPages.awaitUrl;
import static org.medsoc.portal.PortalPages.awaitVisible;
import static org.medsoc.portal.PortalPages.signIn;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Download;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.nio.file.Files;
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
 * An auditor in a real Chromium follows a nomination from the nominee's timeline to the story of
 * the nomination, from there to the committee's roster on the day of the appointment, and downloads
 * the export; the chains of all four services hold.
 */
class AuditBrowserTest {

  private final PortalStack stack = PortalStack.get();
  private final TestIdentity identity = TestInfrastructure.identity();
  private final String run = UUID.randomUUID().toString().substring(0, 8);
  private final LocalDate today = LocalDate.now(ZoneOffset.UTC);

  private String activeMember(String societyId, String login, String family) {
    Http self = new Http(stack.memberUrl).as(identity.member(login));
    String memberId =
        self.post(
                "/members",
                Map.of(
                    "trainingLevel",
                    "ATTENDING",
                    "profile",
                    Map.of(
                        "givenName",
                        "Ana",
                        "familyName",
                        family,
                        "institution",
                        "General Hospital",
                        "email",
                        login + "@example.org")))
            .text("memberId");
    self.post(
        "/members/" + memberId + "/memberships",
        Map.of("societyId", societyId, "category", "FULL"));
    new Http(stack.memberUrl)
        .as(identity.platformStaff())
        .post(
            "/members/" + memberId + "/memberships/" + societyId + "/approval",
            Map.of(
                "paidThrough", today.plusYears(1).toString(),
                "dues", Map.of("amount", 300, "currency", "USD")));
    return memberId;
  }

  @Test
  void an_auditor_follows_a_nomination_from_the_timeline_to_the_appointment_and_exports()
      throws Exception {
    Http staff = new Http(stack.committeeUrl).as(identity.platformStaff());
    String societyId =
        new Http(stack.memberUrl)
            .as(identity.platformStaff())
            .post("/societies", Map.of("name", "College of Surgeons " + run, "kind", "SPECIALTY"))
            .text("societyId");
    String nominee = activeMember(societyId, "nominee-" + run, "Osei");
    String nominator = activeMember(societyId, "nominator-" + run, "Haddad");
    String committeeId =
        staff
            .post(
                "/societies/" + societyId + "/committees",
                Map.of(
                    "name",
                    "Ethics Committee",
                    "seatPlan",
                    Map.of("MEMBER", 5),
                    "defaultTermYears",
                    3))
            .text("committeeId");
    await()
        .atMost(Duration.ofSeconds(20))
        .until(
            () ->
                staff.get("/member-eligibility/" + nominee).status() == 200
                    && staff.get("/member-eligibility/" + nominator).status() == 200);
    String callId =
        staff
            .post(
                "/committees/" + committeeId + "/calls",
                Map.of(
                    "purpose", "COMMITTEE_SEAT",
                    "title", "Ethics Committee members",
                    "roles", List.of("MEMBER"),
                    "opensOn", today.toString(),
                    "closesOn", today.plusDays(14).toString()))
            .text("callId");
    String nominationId =
        new Http(stack.committeeUrl)
            .as(identity.member("nominator-" + run))
            .post(
                "/calls/" + callId + "/nominations",
                Map.of("nomineeId", nominee, "role", "MEMBER", "statement", "Chaired our IRB."))
            .text("nominationId");
    assertThat(
            new Http(stack.committeeUrl)
                .as(identity.member("nominee-" + run))
                .post(
                    "/calls/" + callId + "/nominations/" + nominationId + "/answer",
                    Map.of("consent", true))
                .status())
        .isEqualTo(204);
    StoredDeadlines.bringDue(stack.committee.getBean(DataSource.class), callId);
    await()
        .atMost(Duration.ofSeconds(30))
        .until(
            () ->
                staff
                        .post(
                            "/calls/" + callId + "/submissions/" + nominationId + "/decision",
                            Map.of("outcome", "SELECTED", "reason", "long IRB service"))
                        .status()
                    == 204);
    assertThat(
            staff
                .post(
                    "/calls/" + callId + "/submissions/" + nominationId + "/appointment",
                    Map.of("termStart", today.toString()))
                .status())
        .isEqualTo(201);

    String email = "auditor-" + run + "@example.org";
    String password = identity.person(email, "Avery Auditor", List.of("AUDITOR"), List.of());
    try (BrowserContext context = Browsers.context(false)) {
      Page page = context.newPage();
      signIn(page, stack, email, password);
      awaitVisible(page, "#auditor-home");
      page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Audit").setExact(true))
          .click();
      awaitVisible(page, "#ask-member");
      assertAccessible(page);
      page.getByLabel("Everything that happened to a member, as of any date").fill(nominee);
      page.locator("#ask-member button").click();
      awaitUrl(page, url -> url.endsWith("/audit/members/" + nominee));
      awaitTextReloading(page, ".audit-actions", "APPOINTED");
      assertThat(page.locator("#nominations").innerText())
          .contains("Ethics Committee members", nominator);
      assertAccessible(page);

      page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Ethics Committee members"))
          .click();
      awaitUrl(page, url -> url.endsWith("/audit/nominations/" + nominationId));
      String story = page.locator(".audit-actions").innerText();
      assertThat(story).contains("SUBMITTED", "ACCEPTED_BY_NOMINEE", "SELECTED", "APPOINTED");
      assertThat(page.locator("#standings").innerText())
          .contains("when nominated", "when appointed", "in good standing (ACTIVE");
      assertAccessible(page);

      page.getByRole(
              AriaRole.LINK,
              new Page.GetByRoleOptions().setName("The roster of Ethics Committee that day"))
          .first()
          .click();
      awaitText(page, "#audit-roster", nominee);
      assertThat(page.locator("#audit-roster").innerText())
          .contains("From a nomination", "nominated by " + nominator);
      assertAccessible(page);

      page.navigate(stack.portalUrl + "/audit");
      Download download =
          page.waitForDownload(
              () ->
                  page.getByRole(
                          AriaRole.BUTTON,
                          new Page.GetByRoleOptions().setName("Download the export"))
                      .click());
      String csv = Files.readString(download.path());
      assertThat(csv).startsWith("action_id,occurred_at,kind").contains(nominationId);
      awaitText(page, "#export-progress-status", "actions received; the file is saved");
      assertThat(page.locator("#export-progress").evaluate("bar => bar.value === bar.max"))
          .isEqualTo(true);
      assertThat(download.suggestedFilename()).endsWith(".csv");
      assertAccessible(page);

      page.navigate(stack.portalUrl + "/audit/fairness");
      awaitVisible(page, "#fairness-NOMINATED");
      assertThat(page.locator("#fairness-NOMINATED").innerText())
          .as("one nomination this year: too few to show")
          .contains("Attending", "fewer than 5");
      assertAccessible(page);
      page.getByLabel("Counted by").selectOption("INSTITUTION");
      page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Show")).click();
      awaitText(page, "#fairness-NOMINATED", "General Hospital");
      assertThat(page.locator("#fairness-NOMINATED thead").innerText()).contains("Institution");
      assertAccessible(page);

      page.navigate(stack.portalUrl + "/audit/chains");
      awaitVisible(page, "#chains");
      // Held to the checkpoints the audit kept (signed every two seconds here).
      awaitTextReloading(page, "#chains", " matched");
      assertThat(page.locator("#chains tbody tr")).isNotNull();
      assertThat(page.locator("#chains").innerText())
          .contains("member-service", "committee-service", "events-service", "audit-service")
          .doesNotContain("Broken")
          .doesNotContain("Not answering");
      assertAccessible(page);
    }
  }
}
