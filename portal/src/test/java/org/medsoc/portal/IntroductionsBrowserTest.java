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
 * Introductions in a real Chromium: a senior member introduces a resident to a colleague with the
 * reason they should meet; both accept; the resident, on her phone, records that they met.
 */
class IntroductionsBrowserTest {

  private final PortalStack stack = PortalStack.get();
  private final TestIdentity identity = TestInfrastructure.identity();
  private final String run = UUID.randomUUID().toString().substring(0, 8);
  private final Http members = new Http(stack.memberUrl).as(identity.platformStaff());

  private Page signedIn(BrowserContext context, String email, String password) {
    Page page = context.newPage();
    signIn(page, stack, email, password);
    page.navigate(stack.portalUrl + "/introductions");
    return page;
  }

  @Test
  void a_senior_member_introduces_two_colleagues_who_accept_and_record_their_meeting()
      throws Exception {
    String societyId =
        members
            .post("/societies", Map.of("name", "Society of Hepatology " + run, "kind", "SPECIALTY"))
            .text("societyId");
    String introducer = "introducer-" + run + "@example.org";
    String introducerPassword =
        PortalMembers.active(
            stack, identity, societyId, introducer, "Lena", "Berg" + run, "ATTENDING", "FULL");
    String resident = "resident-" + run + "@example.org";
    String residentPassword =
        PortalMembers.active(
            stack,
            identity,
            societyId,
            resident,
            "Sipho",
            "Dube" + run,
            "PGY2",
            "RESIDENT_FELLOW_IN_TRAINING");
    String colleague = "colleague-" + run + "@example.org";
    String colleaguePassword =
        PortalMembers.active(
            stack, identity, societyId, colleague, "Maya", "Cohen" + run, "ATTENDING", "FULL");

    try (BrowserContext desk = Browsers.context(false)) {
      Page page = signedIn(desk, introducer, introducerPassword);
      page.getByLabel("Find one of them").fill("dube" + run);
      page.getByLabel("Find the other").fill("cohen" + run);
      page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Find")).click();
      page.getByLabel("Why they should meet").fill("you both study fatty liver in adolescents");
      page.getByRole(
              AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Propose the introduction"))
          .click();
      awaitText(page, "[role=status]", "Saved");
      awaitTextReloading(page, "#made ~ ul", "Sipho Dube" + run + " · Maya Cohen" + run);
      assertAccessible(page);
    }
    for (String[] side :
        new String[][] {
          {colleague, colleaguePassword, "Sipho Dube" + run},
          {resident, residentPassword, "Maya Cohen" + run}
        }) {
      try (BrowserContext phone = Browsers.context(true)) {
        Page page = signedIn(phone, side[0], side[1]);
        awaitTextReloading(page, "#received ~ article", "Lena Berg" + run + " introduces you");
        assertAccessible(page);
        page.getByRole(
                AriaRole.BUTTON,
                new Page.GetByRoleOptions().setName("Accept the introduction to " + side[2]))
            .click();
        awaitText(page, "[role=status]", "Saved");
      }
    }
    try (BrowserContext phone = Browsers.context(true)) {
      Page page = signedIn(phone, resident, residentPassword);
      awaitTextReloading(page, "#received ~ article", "Connected");
      page.getByLabel("You met on").fill(LocalDate.now(ZoneOffset.UTC).toString());
      page.getByRole(
              AriaRole.BUTTON,
              new Page.GetByRoleOptions().setName("We met: Maya Cohen" + run + " and I"))
          .click();
      awaitText(page, "[role=status]", "Saved");
      awaitTextReloading(page, "#received ~ article", "met on " + LocalDate.now(ZoneOffset.UTC));
      assertAccessible(page);
    }
  }
}
