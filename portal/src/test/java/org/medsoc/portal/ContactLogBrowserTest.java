package org.medsoc.portal;

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
 * The contact log in a real Chromium, on a phone: a resident logs someone she met with a follow-up
 * due today, finds it among this week's follow-ups, records that she followed up, and the next step
 * moves a month on.
 */
class ContactLogBrowserTest {

  private final PortalStack stack = PortalStack.get();
  private final TestIdentity identity = TestInfrastructure.identity();
  private final String run = UUID.randomUUID().toString().substring(0, 8);
  private final LocalDate today = LocalDate.now(ZoneOffset.UTC);

  @Test
  void a_resident_logs_a_contact_follows_up_and_the_next_step_moves_on() throws Exception {
    String societyId =
        new Http(stack.memberUrl)
            .as(identity.platformStaff())
            .post(
                "/societies", Map.of("name", "Society of Rheumatology " + run, "kind", "SPECIALTY"))
            .text("societyId");
    String email = "contacts-" + run + "@example.org";
    String password =
        PortalMembers.active(
            stack,
            identity,
            societyId,
            email,
            "Ines",
            "Costa" + run,
            "PGY3",
            "RESIDENT_FELLOW_IN_TRAINING");
    String contact = "Dr. Priya Rao " + run;

    try (BrowserContext phone = Browsers.context(true)) {
      Page page = phone.newPage();
      signIn(page, stack, email, password);
      // On a phone the navigation is one "Menu" button that opens it.
      page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Menu")).click();
      page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Contacts")).click();
      awaitText(page, "#all ~ p", "Nobody in your log yet");
      assertAccessible(page);
      page.getByLabel("Name", new Page.GetByLabelOptions().setExact(true)).fill(contact);
      page.getByLabel("Where you met").fill("the lupus poster session");
      page.getByLabel("Next step", new Page.GetByLabelOptions().setExact(true))
          .fill("send her our cohort paper");
      page.locator("#new-nextStepDue").fill(today.toString());
      page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Add to the log"))
          .click();
      awaitText(page, "[role=status]", "Saved");
      awaitTextReloading(page, "#due_this_week ~ ul", contact);
      assertAccessible(page);

      page.navigate(stack.portalUrl + "/contacts");
      page.getByText("Record being in touch with " + contact).click();
      page.locator("#all ~ article")
          .first()
          .getByLabel("What you talked about")
          .fill("sent the paper");
      page.locator("#all ~ article").first().getByLabel("Next step").fill("ask about an elective");
      page.locator("#all ~ article").first().getByLabel("By").fill(today.plusMonths(1).toString());
      page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save")).click();
      awaitText(page, "[role=status]", "Saved");
      awaitTextReloading(page, "#all ~ article", "ask about an elective");
      // The page reads each list on its own: the next reload shows the step moved off this week.
      awaitTextReloading(page, "#due_this_week + p", "Nothing due this week");
      assertAccessible(page);
    }
  }
}
