package org.medsoc.portal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.medsoc.portal.PortalPages.assertAccessible;
import static org.medsoc.portal.PortalPages.awaitText;
import static org.medsoc.portal.PortalPages.awaitTextReloading;
import static org.medsoc.portal.PortalPages.awaitVisible;
import static org.medsoc.portal.PortalPages.signIn;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.medsoc.testsupport.Http;
import org.medsoc.testsupport.TestIdentity;
import org.medsoc.testsupport.TestInfrastructure;

/**
 * A society's office, on a phone in a real Chromium, finds the mail that could not reach a member
 * (the browser tests run without a mail server, so every mail fails for good) and sends it again,
 * and names who the society's mails are from, told next to the field when the address is not one.
 */
class SocietyMailBrowserTest {

  private final PortalStack stack = PortalStack.get();
  private final TestIdentity identity = TestInfrastructure.identity();
  private final String run = UUID.randomUUID().toString().substring(0, 8);

  @Test
  void the_office_sends_an_undelivered_mail_again_and_names_the_societys_sender() throws Exception {
    String societyId =
        new Http(stack.memberUrl)
            .as(identity.platformStaff())
            .post("/societies", Map.of("name", "Society of Hepatology " + run, "kind", "SPECIALTY"))
            .text("societyId");
    PortalMembers.active(
        stack,
        identity,
        societyId,
        "unreachable-" + run + "@example.org",
        "Noor",
        "Unreached" + run,
        "PGY2",
        "RESIDENT_FELLOW_IN_TRAINING");
    String email = "mail-office-" + run + "@example.org";
    String password = identity.person(email, "Iva Office", List.of("STAFF"), List.of(societyId));

    try (BrowserContext phone = Browsers.context(true)) {
      Page page = phone.newPage();
      signIn(page, stack, email, password);
      awaitVisible(page, "#staff-home");
      page.navigate(stack.portalUrl + "/societies/" + societyId);
      page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Mail to members")).click();
      // Two mails fail (received, then approved); the later one is the one that says the member
      // was approved, so the list is awaited until it holds that one too.
      awaitTextReloading(page, "#undelivered-mails", "Your application being approved");
      assertThat(page.locator("#undelivered-mails").innerText())
          .as("what failed and why, never what the mail said")
          .contains("Noor Unreached" + run, "One attempt; the server said");
      assertAccessible(page);

      page.getByRole(
              AriaRole.BUTTON,
              new Page.GetByRoleOptions().setName("Send again to Noor Unreached" + run))
          .first()
          .click();
      awaitText(page, "[role=status]", "queued to be sent again");

      page.getByLabel("Sender address").fill("not an address");
      page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save the sender"))
          .click();
      awaitVisible(page, "#sender-address-error");
      assertThat(page.getByLabel("Sender address").getAttribute("aria-describedby"))
          .isEqualTo("sender-address-error");
      assertThat(page.getByLabel("Sender address").inputValue()).isEqualTo("not an address");
      assertAccessible(page);

      page.getByLabel("Sender address").fill("office@hepatology.example.org");
      page.getByLabel("Language").fill("fr");
      page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save the sender"))
          .click();
      awaitText(page, "[role=status]", "The sender is saved");
      assertThat(page.getByLabel("Sender address").inputValue())
          .isEqualTo("office@hepatology.example.org");
      assertThat(page.getByLabel("Name the mails are from").inputValue())
          .isEqualTo("Society of Hepatology " + run);
    }
    assertThat(
            new Http(stack.notificationUrl)
                .as(identity.staffOf(societyId))
                .get("/societies/" + societyId + "/mail-sender")
                .body()
                .path("language")
                .asText())
        .isEqualTo("fr");
  }
}
