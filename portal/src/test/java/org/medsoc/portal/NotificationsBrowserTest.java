package org.medsoc.portal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.medsoc.portal.PortalPages.assertAccessible;
import static org.medsoc.portal.PortalPages.awaitText;
import static org.medsoc.portal.PortalPages.awaitTextReloading;
import static org.medsoc.portal.PortalPages.signIn;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.medsoc.testsupport.Http;
import org.medsoc.testsupport.TestIdentity;
import org.medsoc.testsupport.TestInfrastructure;

/**
 * The notification centre in a real Chromium, on a phone: a mentor finds the request to mentor
 * someone among his notifications, moves that kind to the weekly digest, and is told next to the
 * field that a consent request cannot be turned off.
 */
class NotificationsBrowserTest {

  private final PortalStack stack = PortalStack.get();
  private final TestIdentity identity = TestInfrastructure.identity();
  private final String run = UUID.randomUUID().toString().substring(0, 8);

  @Test
  void a_mentor_reads_his_notifications_and_chooses_how_each_kind_reaches_him() throws Exception {
    String societyId =
        new Http(stack.memberUrl)
            .as(identity.platformStaff())
            .post("/societies", Map.of("name", "Society of Neurology " + run, "kind", "SPECIALTY"))
            .text("societyId");
    String menteeEmail = "mentee-" + run + "@example.org";
    PortalMembers.active(
        stack,
        identity,
        societyId,
        menteeEmail,
        "Yara",
        "Haddad" + run,
        "PGY1",
        "RESIDENT_FELLOW_IN_TRAINING");
    String mentorEmail = "mentor-" + run + "@example.org";
    String mentorPassword =
        PortalMembers.active(
            stack, identity, societyId, mentorEmail, "Anders", "Lund" + run, "ATTENDING", "FULL");
    new Http(stack.memberUrl)
        .as(identity.member(identity.subjectOf(menteeEmail)))
        .post(
            "/mentorships",
            Map.of(
                "mentorId",
                PortalMembers.idOf(stack, identity, mentorEmail),
                "type",
                "CAREER",
                "ask",
                "how to choose a stroke fellowship",
                "firstStep",
                "a 20-minute call"));

    try (BrowserContext phone = Browsers.context(true)) {
      Page page = phone.newPage();
      signIn(page, stack, mentorEmail, mentorPassword);
      page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Menu")).click();
      page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Notifications")).click();
      awaitTextReloading(page, "#notices", "Yara Haddad" + run + " asks you to be their mentor");
      assertThat(page.locator("#notices").innerText())
          .as("the ask itself stays in the mentorship inbox")
          .doesNotContain("stroke fellowship");
      assertAccessible(page);

      page.getByLabel("Someone asks you to mentor them").selectOption("WEEKLY");
      page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save my choices"))
          .click();
      awaitText(page, "[role=status]", "Saved");
      assertThat(page.locator("#preference-MENTORSHIP_REQUESTED").innerText())
          .contains("Chosen on " + LocalDate.now(ZoneOffset.UTC));
      assertThat(page.getByLabel("Someone asks you to mentor them").inputValue())
          .isEqualTo("WEEKLY");
      assertThat(page.locator("#area-CONFERENCES").innerText())
          .as("the choices grouped where they belong")
          .contains("The follow-up of a conference meeting is due");

      page.getByLabel("A nomination waits for your consent").selectOption("OFF");
      page.getByLabel("Your registration for a conference").selectOption("DAILY");
      page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save my choices"))
          .click();
      awaitText(page, "#choice-error-NOMINATION_CONSENT", "choose a digest rather than off");
      assertThat(
              page.getByLabel("A nomination waits for your consent")
                  .getAttribute("aria-describedby"))
          .isEqualTo("choice-error-NOMINATION_CONSENT");
      assertThat(page.getByLabel("A nomination waits for your consent").inputValue())
          .as("what was asked stays shown beside its refusal")
          .isEqualTo("OFF");
      assertThat(page.getByLabel("Your registration for a conference").inputValue())
          .as("the other choice was saved")
          .isEqualTo("DAILY");
      assertAccessible(page);
    }
  }
}
