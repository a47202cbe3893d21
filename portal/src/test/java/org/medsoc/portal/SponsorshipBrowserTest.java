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
 * Sponsorship in a real Chromium: a senior member declares his sponsorship of a fellow and
 * recommends her; she asks him for a letter three weeks before its deadline and is warned it is
 * short notice; he writes it; she sees that it was submitted, never what it says. She tells him the
 * opportunities she hopes for, and adds him to her contact log as a key contact to touch base with
 * every six months.
 */
class SponsorshipBrowserTest {

  private final PortalStack stack = PortalStack.get();
  private final TestIdentity identity = TestInfrastructure.identity();
  private final String run = UUID.randomUUID().toString().substring(0, 8);

  @Test
  void a_sponsor_recommends_and_writes_the_letter_his_protege_asked_for_whose_text_she_never_reads()
      throws Exception {
    String societyId =
        new Http(stack.memberUrl)
            .as(identity.platformStaff())
            .post("/societies", Map.of("name", "Society of Cardiology " + run, "kind", "SPECIALTY"))
            .text("societyId");
    String sponsor = "sponsor-" + run + "@example.org";
    String sponsorPassword =
        PortalMembers.active(
            stack, identity, societyId, sponsor, "Jonas", "Weber" + run, "ATTENDING", "FULL");
    String protege = "protege-" + run + "@example.org";
    String protegePassword =
        PortalMembers.active(
            stack,
            identity,
            societyId,
            protege,
            "Leila",
            "Haddad" + run,
            "FELLOW",
            "RESIDENT_FELLOW_IN_TRAINING");
    String letter = "Dr Haddad is the finest fellow I have trained in a decade";

    try (BrowserContext desk = Browsers.context(false)) {
      Page page = desk.newPage();
      signIn(page, stack, sponsor, sponsorPassword);
      page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Sponsorship")).click();
      page.getByPlaceholder("Find your protégé").fill("haddad" + run);
      page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Find")).click();
      page.getByLabel("Their goals you will sponsor").fill("an interventional fellowship");
      page.getByRole(
              AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Declare the sponsorship"))
          .click();
      awaitText(page, "[role=status]", "Saved");
      awaitTextReloading(page, "#sponsoring ~ article", "You sponsor Leila Haddad" + run);
      page.getByText("Recommend Leila Haddad" + run).click();
      page.getByLabel("Which one").fill("Interventional fellowship, Charité");
      page.getByRole(
              AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Record the recommendation"))
          .click();
      awaitText(page, "[role=status]", "Saved");
      awaitTextReloading(page, "#sponsoring ~ article", "Recommended: Interventional fellowship");
      assertAccessible(page);
    }

    try (BrowserContext phone = Browsers.context(true)) {
      Page page = phone.newPage();
      signIn(page, stack, protege, protegePassword);
      page.navigate(stack.portalUrl + "/sponsorship");
      awaitTextReloading(page, "#sponsored-by ~ article", "Recommended: Interventional fellowship");
      page.getByText("Ask Jonas Weber" + run + " for a letter").click();
      page.getByLabel("What the letter is for").fill("the Charité fellowship application");
      page.getByLabel("Deadline").fill(LocalDate.now(ZoneOffset.UTC).plusWeeks(3).toString());
      page.getByRole(
              AriaRole.BUTTON,
              new Page.GetByRoleOptions().setName("Ask Jonas Weber" + run + " for the letter"))
          .click();
      awaitText(page, "#short-notice", "less than six weeks away");
      assertAccessible(page);

      page.navigate(stack.portalUrl + "/sponsorship");
      page.getByLabel("What you hope Jonas Weber" + run + " will consider you for")
          .fill("ACC Early Career Section council\nA TAVR panel at the annual meeting");
      page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Tell Jonas Weber" + run))
          .click();
      awaitText(page, "[role=status]", "Saved");
    }

    try (BrowserContext desk = Browsers.context(false)) {
      Page page = desk.newPage();
      signIn(page, stack, sponsor, sponsorPassword);
      page.navigate(stack.portalUrl + "/sponsorship");
      awaitTextReloading(page, "#sponsoring ~ article", "A TAVR panel at the annual meeting");
      assertThat(page.locator("#sponsoring ~ article").first().innerText())
          .contains(
              "Leila Haddad" + run + " hopes to be considered for",
              "ACC Early Career Section council",
              "asked for");
      page.getByLabel("Your letter (only you read it here; your protégé never does)").fill(letter);
      page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Submit the letter"))
          .click();
      awaitText(page, "[role=status]", "Saved");
    }

    try (BrowserContext phone = Browsers.context(true)) {
      Page page = phone.newPage();
      signIn(page, stack, protege, protegePassword);
      page.navigate(stack.portalUrl + "/sponsorship");
      awaitTextReloading(page, "#sponsored-by ~ article", "submitted");
      assertThat(page.locator("main").innerText()).doesNotContain(letter);
      assertAccessible(page);

      page.navigate(stack.portalUrl + "/contacts");
      awaitTextReloading(page, "#key-people ~ ul", "Jonas Weber" + run);
      assertAccessible(page);
      page.getByRole(
              AriaRole.BUTTON,
              new Page.GetByRoleOptions().setName("Add Jonas Weber" + run + " as a key contact"))
          .click();
      awaitText(page, "[role=status]", "Saved");
      awaitTextReloading(page, "#all ~ article", "Key contact: touch base every 6 months");
      assertThat(page.locator("#all ~ article").first().innerText())
          .contains("Next: Touch base (by " + LocalDate.now(ZoneOffset.UTC).plusMonths(6) + ")");
    }
  }
}
