package org.medsoc.portal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.medsoc.portal.PortalPages.assertAccessible;
import static org.medsoc.portal.PortalPages.awaitText;
import static org.medsoc.portal.PortalPages.awaitVisible;
import static org.medsoc.portal.PortalPages.signIn;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
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
 * A resident, on a phone in a real Chromium, downloads all her data (her sponsor's letter for her
 * said to exist, its text withheld), then asks to be forgotten: told next to the box that she must
 * confirm, and then forgotten.
 */
class DataExportBrowserTest {

  private final PortalStack stack = PortalStack.get();
  private final TestIdentity identity = TestInfrastructure.identity();
  private final String run = UUID.randomUUID().toString().substring(0, 8);

  @Test
  void a_resident_downloads_her_data_and_then_asks_to_be_forgotten() throws Exception {
    String societyId =
        new Http(stack.memberUrl)
            .as(identity.platformStaff())
            .post("/societies", Map.of("name", "Society of Hematology " + run, "kind", "SPECIALTY"))
            .text("societyId");
    String residentEmail = "export-" + run + "@example.org";
    String password =
        PortalMembers.active(
            stack,
            identity,
            societyId,
            residentEmail,
            "Noa",
            "Export" + run,
            "PGY2",
            "RESIDENT_FELLOW_IN_TRAINING");
    String sponsorEmail = "export-sponsor-" + run + "@example.org";
    PortalMembers.active(
        stack, identity, societyId, sponsorEmail, "Ravi", "Sponsor" + run, "ATTENDING", "FULL");
    String residentId = PortalMembers.idOf(stack, identity, residentEmail);
    Http sponsor = new Http(stack.memberUrl).as(identity.member(identity.subjectOf(sponsorEmail)));
    Http resident =
        new Http(stack.memberUrl).as(identity.member(identity.subjectOf(residentEmail)));
    String sponsorshipId =
        sponsor
            .post("/sponsorships", Map.of("protegeId", residentId, "goals", "a fellowship"))
            .text("sponsorshipId");
    String letterId =
        resident
            .post(
                "/sponsorships/" + sponsorshipId + "/letters",
                Map.of(
                    "purpose",
                    "Hematology fellowship",
                    "deadline",
                    LocalDate.now(ZoneOffset.UTC).plusWeeks(7).toString()))
            .text("letterId");
    assertThat(
            sponsor
                .post(
                    "/sponsorships/" + sponsorshipId + "/letters/" + letterId + "/submission",
                    Map.of("content", "Noa runs our transfusion audit with rare care"))
                .status())
        .isEqualTo(204);

    try (BrowserContext phone = Browsers.context(true)) {
      Page page = phone.newPage();
      signIn(page, stack, residentEmail, password);
      page.navigate(stack.portalUrl + "/me");
      awaitVisible(page, "#your-data");
      assertAccessible(page);
      Download download = page.waitForDownload(() -> page.locator("#download-data").click());
      JsonNode export = new ObjectMapper().readTree(Files.readString(download.path()));
      assertThat(export.at("/memberService/profile/profile/familyName").asText())
          .isEqualTo("Export" + run);
      assertThat(export.path("memberService").path("contactLog").isArray())
          .as("her own notebook is hers to download")
          .isTrue();
      assertThat(export.at("/confidential/0/what").asText()).contains("letter of recommendation");
      assertThat(export.at("/confidential/0/for").asText()).isEqualTo("Hematology fellowship");
      assertThat(export.toString())
          .as("the letter's text is the sponsor's")
          .doesNotContain("transfusion audit");
      assertThat(export.path("committeeService").has("nominationsAndApplications")).isTrue();
      assertThat(export.path("eventsService").has("registrations")).isTrue();
      assertThat(export.at("/notificationService/notificationPreferences").isArray())
          .as("every service's part, read as her")
          .isTrue();
      assertThat(export.path("committeeService").has("nominationsAndApplications")).isTrue();
      assertThat(export.path("eventsService").has("registrations")).isTrue();
      assertThat(export.at("/notificationService/notificationPreferences").isArray())
          .as("every service's part, read as her")
          .isTrue();

      page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Ask to be forgotten"))
          .click();
      page.getByLabel("Ground of the erasure").selectOption("CONSENT_WITHDRAWN");
      page.getByLabel("Why, for the record").fill("I am leaving medicine");
      page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Erase for good"))
          .click();
      awaitText(page, "#understood-error", "cannot be undone");
      assertThat(page.getByLabel("I understand").getAttribute("aria-describedby"))
          .isEqualTo("understood-error");
      assertThat(page.getByLabel("Why, for the record").inputValue())
          .isEqualTo("I am leaving medicine");
      assertAccessible(page);
      page.getByLabel("I understand").check();
      page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Erase for good"))
          .click();
      awaitText(page, "#erased", "Your data is erased");
      assertAccessible(page);
    }
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> identity.subjectOf(residentEmail))
        .as("her sign-in account no longer holds her address")
        .hasMessageContaining("no person");
    org.awaitility.Awaitility.await()
        .atMost(java.time.Duration.ofSeconds(20))
        .untilAsserted(
            () ->
                assertThat(
                        new Http(stack.memberUrl)
                            .as(identity.staffOf(societyId))
                            .get("/members/" + residentId)
                            .body()
                            .at("/profile/familyName")
                            .asText())
                    .isEqualTo("[erased]"));
  }
}
