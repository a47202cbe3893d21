package org.medsoc.portal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.medsoc.portal.PortalPages.assertAccessible;
import static org.medsoc.portal.PortalPages.awaitText;
import static org.medsoc.portal.PortalPages.awaitTextReloading;
import static org.medsoc.portal.PortalPages.awaitVisible;
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
 * A resident's membership in a real Chromium, on a phone: she registers her member record, applies
 * to a society, is approved by staff, sees her status and paid-through day, joins a section, and
 * completes her profile with a headline and her links, a wrong link refused next to its field.
 */
class MembershipJourneyBrowserTest {

  private final PortalStack stack = PortalStack.get();
  private final TestIdentity identity = TestInfrastructure.identity();
  private final String run = UUID.randomUUID().toString().substring(0, 8);
  private final Http staff = new Http(stack.memberUrl).as(identity.platformStaff());

  @Test
  void a_resident_registers_applies_is_approved_joins_a_section_and_completes_her_profile()
      throws Exception {
    String societyName = "Pan-African Society of Nephrology " + run;
    String societyId =
        staff
            .post("/societies", Map.of("name", societyName, "kind", "SPECIALTY"))
            .text("societyId");
    staff.post("/societies/" + societyId + "/sections", Map.of("name", "Dialysis " + run));
    String email = "resident-" + run + "@example.org";
    String password = identity.person(email, "Zainab Bello", List.of("MEMBER"), List.of());

    try (BrowserContext phone = Browsers.context(true)) {
      Page page = phone.newPage();
      signIn(page, stack, email, password);
      awaitVisible(page, "form.register-form");
      page.getByLabel("Given name").fill("Zainab");
      page.getByLabel("Family name").fill("Bello" + run);
      page.getByLabel("Institution").fill("Aminu Kano Teaching Hospital");
      page.getByLabel("Training level").selectOption("PGY3");
      page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Register")).click();
      awaitTextReloading(page, "#member-home", "Requests to answer");

      // On a phone the navigation is one "Menu" button that opens it.
      page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Menu")).click();
      page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Profile").setExact(true))
          .click();
      awaitTextReloading(page, "#memberships ~ p", "not a member of a society yet");
      assertAccessible(page);
      page.getByLabel("Society", new Page.GetByLabelOptions().setExact(true))
          .selectOption(societyId);
      page.getByLabel("Category").selectOption("RESIDENT_FELLOW_IN_TRAINING");
      page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Apply")).click();
      awaitText(page, "[role=status]", "Saved");
      awaitTextReloading(page, "#membership-" + societyId, "Applied");

      String memberId =
          staff
              .get("/societies/" + societyId + "/roster?status=PENDING")
              .body()
              .at("/items/0/memberId")
              .asText();
      LocalDate paidThrough = LocalDate.now(ZoneOffset.UTC).plusYears(1);
      assertThat(
              staff
                  .post(
                      "/members/" + memberId + "/memberships/" + societyId + "/approval",
                      Map.of(
                          "paidThrough", paidThrough.toString(),
                          "dues", Map.of("amount", 25, "currency", "USD")))
                  .status())
          .isEqualTo(204);
      awaitTextReloading(page, "#membership-" + societyId, "Active");
      assertThat(page.locator("#membership-" + societyId).innerText())
          .contains("Resident or fellow in training", "paid through " + paidThrough);
      page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Join Dialysis " + run))
          .click();
      awaitTextReloading(page, "#membership-" + societyId, "Leave Dialysis " + run);
      assertAccessible(page);

      page.getByLabel("Headline or pitch").fill("Home dialysis in low-resource settings");
      page.getByLabel("LinkedIn").fill("https://example.org/not-linkedin");
      page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save the profile"))
          .click();
      awaitText(page, "#linkedIn-error", "must be a LinkedIn address");
      assertThat(page.getByLabel("Headline or pitch").inputValue())
          .as("nothing typed is lost")
          .isEqualTo("Home dialysis in low-resource settings");
      assertAccessible(page);
      page.getByLabel("LinkedIn").fill("https://www.linkedin.com/in/zainab-bello");
      page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save the profile"))
          .click();
      awaitText(page, "[role=status]", "Saved");
      await()
          .atMost(Duration.ofSeconds(20))
          .untilAsserted(
              () ->
                  assertThat(
                          staff
                              .get("/members/" + memberId)
                              .body()
                              .path("profile")
                              .path("linkedIn")
                              .asText())
                      .isEqualTo("https://www.linkedin.com/in/zainab-bello"));
    }
  }
}
