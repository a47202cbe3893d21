package org.medsoc.portal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.medsoc.portal.PortalPages.assertAccessible;
import static org.medsoc.portal.PortalPages.awaitText;
import static org.medsoc.portal.PortalPages.awaitTextReloading;
import static org.medsoc.portal.PortalPages.awaitUrl;
import static org.medsoc.portal.PortalPages.awaitVisible;
import static org.medsoc.portal.PortalPages.screenshot;
import static org.medsoc.portal.PortalPages.signIn;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Download;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.medsoc.testsupport.Http;
import org.medsoc.testsupport.TestIdentity;
import org.medsoc.testsupport.TestInfrastructure;

/**
 * A society's membership office works in a real Chromium: it decides an application from the queue,
 * imports the roster of its previous system (twice: the second time imports nothing), and exports
 * what it searched for. Every page reached is scanned by axe-core.
 */
class MembershipOfficeBrowserTest {

  private final PortalStack stack = PortalStack.get();
  private final TestIdentity identity = TestInfrastructure.identity();
  private final String run = UUID.randomUUID().toString().substring(0, 8);
  private final Http service = new Http(stack.memberUrl).as(identity.platformStaff());

  private String society(String name) {
    String societyId =
        service
            .post("/societies", Map.of("name", name + " " + run, "kind", "SPECIALTY"))
            .text("societyId");
    service.post("/societies/" + societyId + "/sections", Map.of("name", "Dialysis"));
    service.put(
        "/societies/" + societyId + "/fees",
        Map.of("currency", "EUR", "fees", Map.of("FULL", 320, "RESIDENT_FELLOW_IN_TRAINING", 80)));
    return societyId;
  }

  private Page signedInStaff(BrowserContext context, String societyId) {
    String email = "office-" + run + "@example.org";
    String password = identity.person(email, "Ruth Office", List.of("STAFF"), List.of(societyId));
    Page page = context.newPage();
    signIn(page, stack, email, password);
    awaitVisible(page, "#staff-home");
    return page;
  }

  @Test
  void staff_approve_an_application_from_the_queue_and_the_history_says_who_did_it()
      throws Exception {
    String societyId = society("Renal Society");
    String memberId =
        service
            .post(
                "/members",
                Map.of(
                    "societyId",
                    societyId,
                    "trainingLevel",
                    "ATTENDING",
                    "profile",
                    Map.of(
                        "givenName", "Amara",
                        "familyName", "Okafor",
                        "institution", "Boston Medical Center",
                        "email", "amara-" + run + "@example.org")))
            .text("memberId");
    assertThat(
            service
                .post(
                    "/members/" + memberId + "/memberships",
                    Map.of("societyId", societyId, "category", "FULL"))
                .status())
        .isEqualTo(201);

    try (BrowserContext context = Browsers.context(false)) {
      Page page = signedInStaff(context, societyId);
      page.locator("#staff-home a[href*='queue=applications']").first().click();
      awaitVisible(page, "#roster");
      awaitText(page, "#roster tbody tr", "Okafor, Amara");
      assertAccessible(page);
      page.getByLabel("Choose Okafor, Amara").check();
      page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Approve the chosen"))
          .click();
      awaitText(page, "#outcomes", "One application approved.");
      assertAccessible(page);

      // The history and the directory are two projections: each catches up on its own, so the
      // page is read again until each has.
      page.navigate(stack.portalUrl + "/societies/" + societyId + "/members/" + memberId);
      awaitTextReloading(page, "#history", "Approved");
      assertThat(page.locator("#history").innerText())
          .contains("Applied", "Approved", "320 EUR", "Ruth Office (STAFF)");
      awaitTextReloading(page, "#membership", "Active");
      assertThat(page.locator("#membership").innerText()).contains("Full");
      assertAccessible(page);
    }
    Http issuer = new Http(identity.issuerUri());
    assertThat(issuer.as(identity.member("nosy-" + run)).get("/api/people?id=x").status())
        .as("a member does not list the office's people")
        .isEqualTo(403);
  }

  @Test
  void staff_import_a_roster_with_two_bad_rows_and_importing_it_again_imports_nothing()
      throws Exception {
    String societyId = society("Nephrology College");
    Path file = Files.createTempFile("roster-", ".csv");
    Files.writeString(file, roster(200, LocalDate.now().plusMonths(6)));

    try (BrowserContext context = Browsers.context(false)) {
      Page page = signedInStaff(context, societyId);
      importFile(page, societyId, file);
      awaitText(page, "#preview-summary", "198 rows can be imported; 2 have problems");
      String problems = page.locator("#problems").innerText();
      assertThat(problems).contains("57", "email").contains("143", "paidThrough");
      assertAccessible(page);
      screenshot(page, "import-preview");
      page.locator("#run").click();
      awaitText(page, "#progress-summary", "Finished: 198 imported, 0 imported before");
      assertAccessible(page);

      importFile(page, societyId, file);
      awaitText(page, "#preview-summary", "198 were imported before");
      page.locator("#run").click();
      awaitText(page, "#progress-summary", "Finished: 0 imported, 198 imported before");

      page.navigate(stack.portalUrl + "/societies/" + societyId + "/roster");
      awaitTextReloading(page, "#roster-count", "198 members match");
      assertAccessible(page);
      screenshot(page, "roster");
      page.getByLabel("Search by name, institution, specialty or interest").fill("Member0042");
      page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Apply")).click();
      awaitText(page, "#roster-count", "One member matches");
      Download download = page.waitForDownload(() -> page.locator("#export").click());
      List<String> exported = Files.readAllLines(download.path());
      assertThat(exported).hasSize(2);
      assertThat(exported.get(1)).contains("Member0042", "ACTIVE", "FULL");
    }
  }

  private void importFile(Page page, String societyId, Path file) {
    page.navigate(stack.portalUrl + "/societies/" + societyId + "/imports");
    page.setInputFiles("#file", file);
    page.getByRole(
            AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Upload and map the columns"))
        .click();
    awaitUrl(page, url -> url.matches(".*/imports/[0-9a-f-]{36}.*"));
    awaitVisible(page, "#mapping");
    assertAccessible(page);
    page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Preview the rows"))
        .click();
    awaitVisible(page, "#preview-summary");
  }

  /** A previous system's export: rows 57 and 143 are wrong, the rest import. */
  private String roster(int rows, LocalDate paidThrough) {
    StringBuilder csv =
        new StringBuilder(
            "Member number,First name,Last name,E-mail,Institution,Training level,Category,"
                + "Status,Member since,Paid through,Sections\n");
    for (int i = 1; i <= rows; i++) {
      String email = i == 57 ? "not-an-address" : "member" + i + "-" + run + "@example.org";
      String paid = i == 143 ? "2020-06-30" : paidThrough.toString();
      csv.append(
          "N-%04d,Ana,Member%04d,%s,University Hospital %d,ATTENDING,FULL,ACTIVE,2010-01-%02d,%s,%s\n"
              .formatted(i, i, email, i % 7, 1 + i % 28, paid, i % 3 == 0 ? "Dialysis" : ""));
    }
    return csv.toString();
  }
}
