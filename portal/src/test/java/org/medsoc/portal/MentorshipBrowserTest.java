package org.medsoc.portal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.medsoc.portal.PortalPages.assertAccessible;
import static org.medsoc.portal.PortalPages.awaitText;
import static org.medsoc.portal.PortalPages.awaitTextReloading;
import static org.medsoc.portal.PortalPages.awaitVisible;
import static org.medsoc.portal.PortalPages.screenshot;
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
 * Mentorship in a real Chromium: a resident finds a colleague of her society and asks her for
 * mentorship with a specific ask and a first step; the mentor, on her phone, finds the request in
 * her inbox and accepts; the resident's mentor team then shows the next check-in due.
 */
class MentorshipBrowserTest {

  private final PortalStack stack = PortalStack.get();
  private final TestIdentity identity = TestInfrastructure.identity();
  private final String run = UUID.randomUUID().toString().substring(0, 8);
  private final Http staff = new Http(stack.memberUrl).as(identity.platformStaff());
  private final LocalDate today = LocalDate.now(ZoneOffset.UTC);

  private String member(
      String societyId, String email, String given, String family, String level, String category) {
    return PortalMembers.active(stack, identity, societyId, email, given, family, level, category);
  }

  @Test
  void a_resident_asks_a_colleague_and_the_mentor_accepts_from_her_inbox_on_a_phone()
      throws Exception {
    String societyId =
        staff
            .post(
                "/societies",
                Map.of("name", "Nordic Renal Society " + run, "kind", "REGIONAL_CHAPTER"))
            .text("societyId");
    String menteeEmail = "mentee-" + run + "@example.org";
    String menteePassword =
        member(
            societyId, menteeEmail, "Amara", "Okafor" + run, "PGY2", "RESIDENT_FELLOW_IN_TRAINING");
    String mentorEmail = "mentor-" + run + "@example.org";
    String mentorPassword =
        member(societyId, mentorEmail, "Grace", "Lindqvist" + run, "ATTENDING", "FULL");

    try (BrowserContext desk = Browsers.context(false)) {
      Page page = desk.newPage();
      signIn(page, stack, menteeEmail, menteePassword);
      awaitVisible(page, "#member-home");
      page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Mentorship")).click();
      awaitVisible(page, "#inbox");
      assertAccessible(page);
      page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Ask for a mentor"))
          .click();
      String mentorName = "Grace Lindqvist" + run;
      page.getByLabel("Find a colleague by name, institution, specialty or interest")
          .fill("lindqvist" + run);
      page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Find")).click();
      awaitTextReloading(page, "#colleagues", mentorName);
      assertAccessible(page);
      page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Ask " + mentorName))
          .click();
      page.getByLabel("What kind of mentor").selectOption("RESEARCH");
      page.getByLabel("A first step").fill("a 20-minute call after clinic");
      page.getByRole(
              AriaRole.BUTTON,
              new Page.GetByRoleOptions().setName("Send the request to " + mentorName))
          .click();
      awaitText(page, "#ask-error", "must not be blank");
      assertThat(page.getByLabel("A first step").inputValue())
          .as("nothing typed is lost")
          .isEqualTo("a 20-minute call after clinic");
      assertAccessible(page);
      page.getByLabel("Your specific ask").fill("designing my first outcomes study");
      page.getByRole(
              AriaRole.BUTTON,
              new Page.GetByRoleOptions().setName("Send the request to " + mentorName))
          .click();
      awaitText(page, "[role=status]", "Your request is sent");
      awaitTextReloading(page, "#asked ~ ul", "Waiting for an answer");
      assertThat(page.locator("#asked ~ ul").innerText()).contains(mentorName, "Research");
    }

    try (BrowserContext phone = Browsers.context(true)) {
      Page page = phone.newPage();
      signIn(page, stack, mentorEmail, mentorPassword);
      awaitTextReloading(page, "#mentorship-inbox", "One request to mentor you");
      assertAccessible(page);
      page.locator("#mentorship-inbox a").click();
      awaitText(page, "#inbox ~ article", "designing my first outcomes study");
      screenshot(page, "mentor-inbox");
      assertAccessible(page);
      page.getByRole(
              AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Accept Amara Okafor" + run))
          .click();
      awaitText(page, "[role=status]", "Saved");
      awaitTextReloading(page, "#mentees ~ article", "Amara Okafor" + run);
      assertAccessible(page);
    }

    try (BrowserContext desk = Browsers.context(false)) {
      Page page = desk.newPage();
      signIn(page, stack, menteeEmail, menteePassword);
      page.navigate(stack.portalUrl + "/mentorship");
      awaitTextReloading(page, "#team ~ article", "Grace Lindqvist" + run);
      assertThat(page.locator("#team ~ article").first().innerText())
          .contains("Next check-in due by " + today.plusMonths(3));
      assertAccessible(page);
    }
  }

  @Test
  void a_trainee_asks_the_mentor_she_met_at_speed_mentoring_in_one_step_from_the_suggestion()
      throws Exception {
    String societyId =
        staff
            .post("/societies", Map.of("name", "Baltic Renal Society " + run, "kind", "SPECIALTY"))
            .text("societyId");
    String traineeEmail = "met-trainee-" + run + "@example.org";
    String traineePassword =
        member(
            societyId,
            traineeEmail,
            "Ona",
            "Petraityte" + run,
            "PGY1",
            "RESIDENT_FELLOW_IN_TRAINING");
    String mentorEmail = "met-mentor-" + run + "@example.org";
    member(societyId, mentorEmail, "Jonas", "Kazlauskas" + run, "ATTENDING", "FULL");
    String traineeId = PortalMembers.idOf(stack, identity, traineeEmail);
    String mentorId = PortalMembers.idOf(stack, identity, mentorEmail);
    String pairId = "speed-" + run + ":" + traineeId;
    org.medsoc.kernel.messaging.IntegrationEventCodec codec =
        new org.medsoc.kernel.messaging.IntegrationEventCodec();
    try (org.medsoc.testsupport.TopicWriter writer =
        new org.medsoc.testsupport.TopicWriter(TestInfrastructure.kafkaBootstrapServers())) {
      writer.send(
          org.medsoc.kernel.messaging.Topics.MENTORING_PAIRS,
          pairId,
          codec.encode(
              codec.wrap(
                  new org.medsoc.kernel.contracts.events.MentoringPairProposed(
                      pairId,
                      "conference-" + run,
                      societyId,
                      traineeId,
                      mentorId,
                      java.util.Set.of("transplant"),
                      today),
                  UUID.randomUUID(),
                  java.time.Instant.now(),
                  org.medsoc.kernel.messaging.ActingPrincipal.system("events-service"),
                  null,
                  "c",
                  "c")));
    }

    try (BrowserContext phone = Browsers.context(true)) {
      Page page = phone.newPage();
      signIn(page, stack, traineeEmail, traineePassword);
      page.navigate(stack.portalUrl + "/mentorship");
      String mentorName = "Jonas Kazlauskas" + run;
      awaitTextReloading(page, "#suggested ~ ul", mentorName);
      assertThat(page.locator("#suggested ~ ul").innerText()).contains("transplant");
      assertAccessible(page);
      page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Ask " + mentorName))
          .click();
      awaitText(page, "#ask-form", "You met at speed mentoring");
      page.getByLabel("Your specific ask").fill("to keep talking about transplant nephrology");
      page.getByLabel("A first step").fill("a call next month");
      page.getByRole(
              AriaRole.BUTTON,
              new Page.GetByRoleOptions().setName("Send the request to " + mentorName))
          .click();
      awaitText(page, "[role=status]", "Your request is sent");
      awaitTextReloading(page, "#asked ~ ul", mentorName);
      assertThat(page.locator("#suggested").count())
          .as("a suggestion taken up is no longer offered")
          .isZero();
      assertThat(
              new Http(stack.memberUrl)
                  .as(identity.member(identity.subjectOf(traineeEmail)))
                  .get("/members/" + traineeId + "/mentorships")
                  .body()
                  .at("/0/suggestionId")
                  .asText())
          .isEqualTo(pairId);
    }
  }
}
