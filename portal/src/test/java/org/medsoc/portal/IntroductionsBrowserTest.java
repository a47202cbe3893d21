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
 * Introductions in a real Chromium: a senior member introduces a resident to a colleague with the
 * reason they should meet; both accept; the resident, on her phone, records that they met. Another
 * resident asks a senior colleague for an introduction to someone he knows, and he makes it.
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
      page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Find").setExact(true))
          .click();
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

  @Test
  void a_resident_asks_a_senior_colleague_for_an_introduction_and_he_makes_it() throws Exception {
    String societyId =
        members
            .post("/societies", Map.of("name", "Society of Nephrology " + run, "kind", "SPECIALTY"))
            .text("societyId");
    String resident = "asker-" + run + "@example.org";
    String residentPassword =
        PortalMembers.active(
            stack,
            identity,
            societyId,
            resident,
            "Amara",
            "Obi" + run,
            "PGY2",
            "RESIDENT_FELLOW_IN_TRAINING");
    String director = "director-" + run + "@example.org";
    String directorPassword =
        PortalMembers.active(
            stack, identity, societyId, director, "Tomas", "Novak" + run, "ATTENDING", "FULL");
    String leader = "leader-" + run + "@example.org";
    String leaderPassword =
        PortalMembers.active(
            stack, identity, societyId, leader, "Ingrid", "Holm" + run, "ATTENDING", "FULL");

    try (BrowserContext phone = Browsers.context(true)) {
      Page page = signedIn(phone, resident, residentPassword);
      page.getByLabel("Who could introduce you").fill("novak" + run);
      page.getByLabel("Whom you hope to meet").fill("holm" + run);
      page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Find them")).click();
      page.getByLabel("Why you hope to meet them").fill("her home haemodialysis programme");
      page.getByRole(
              AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Ask for the introduction"))
          .click();
      awaitText(page, "[role=status]", "Saved");
      awaitTextReloading(page, "#asked-by-you", "Waiting for an answer");
      assertAccessible(page);
    }
    try (BrowserContext phone = Browsers.context(true)) {
      Page page = signedIn(phone, leader, leaderPassword);
      assertThat(page.locator("main").innerText())
          .as("the person hoped for hears nothing of the request")
          .doesNotContain("Obi" + run);
    }
    try (BrowserContext desk = Browsers.context(false)) {
      Page page = desk.newPage();
      signIn(page, stack, director, directorPassword);
      awaitTextReloading(page, "#introductions-asked", "A colleague asks you for an introduction");
      page.locator("#introductions-asked a").click();
      awaitTextReloading(
          page,
          "#asked-of-you ~ article",
          "Amara Obi" + run + " asks you to introduce them to Ingrid Holm" + run);
      assertAccessible(page);
      page.getByLabel("Why they should meet (both of them read it)")
          .fill("Amara wants to start home haemodialysis; Ingrid built ours");
      page.getByRole(
              AriaRole.BUTTON,
              new Page.GetByRoleOptions()
                  .setName("Introduce Amara Obi" + run + " to Ingrid Holm" + run))
          .click();
      awaitText(page, "[role=status]", "Saved");
      awaitTextReloading(page, "#made ~ ul", "Amara Obi" + run + " · Ingrid Holm" + run);
    }
    try (BrowserContext phone = Browsers.context(true)) {
      Page page = signedIn(phone, leader, leaderPassword);
      awaitTextReloading(page, "#received ~ article", "Tomas Novak" + run + " introduces you");
    }
    try (BrowserContext phone = Browsers.context(true)) {
      Page page = signedIn(phone, resident, residentPassword);
      awaitTextReloading(page, "#asked-by-you", "Introduction proposed");
      assertAccessible(page);
    }
  }
}
