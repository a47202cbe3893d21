package org.medsoc.portal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.medsoc.portal.PortalPages.assertAccessible;
import static org.medsoc.portal.PortalPages.awaitUrl;
import static org.medsoc.portal.PortalPages.awaitVisible;
import static org.medsoc.portal.PortalPages.screenshot;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.FormData;
import com.microsoft.playwright.options.RequestOptions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.medsoc.testsupport.Http;
import org.medsoc.testsupport.TestIdentity;
import org.medsoc.testsupport.TestInfrastructure;

/**
 * People sign in to the portal in a real Chromium: through the issuer's form, to their own home,
 * and out again; and what goes wrong gets the right answer. Every page reached is scanned by
 * axe-core.
 */
class SignInBrowserTest {

  private final PortalStack stack = PortalStack.get();
  private final TestIdentity identity = TestInfrastructure.identity();
  private final String run = UUID.randomUUID().toString().substring(0, 8);

  private String email(String who) {
    return who + "-" + run + "@example.org";
  }

  private String society(String name) {
    return Http.onPort(port(stack.memberUrl))
        .as(identity.platformStaff())
        .post("/societies", Map.of("name", name + " " + run, "kind", "SPECIALTY"))
        .text("societyId");
  }

  private static int port(String url) {
    return Integer.parseInt(url.substring(url.lastIndexOf(':') + 1));
  }

  private void signIn(Page page, String email, String password) {
    PortalPages.signIn(page, stack, email, password);
  }

  private void awaitHome(Page page) {
    awaitUrl(
        page, url -> url.equals(stack.portalUrl + "/") || url.startsWith(stack.portalUrl + "/?"));
  }

  @Test
  void each_role_signs_in_to_its_own_home_and_signs_out() throws Exception {
    String societyId = society("College of Demo Medicine");
    record Persona(String who, List<String> roles, List<String> societies, String home) {}
    String[] residentPassword = new String[1];
    for (Persona persona :
        List.of(
            new Persona("staff", List.of("STAFF"), List.of(societyId), "#staff-home"),
            new Persona("resident", List.of("MEMBER"), List.of(), "#member-home"),
            new Persona("auditor", List.of("AUDITOR"), List.of(), "#auditor-home"),
            new Persona("admin", List.of("PLATFORM_ADMIN"), List.of(), "a[href='/accounts']"))) {
      String email = email(persona.who());
      String password =
          identity.person(email, "Dana " + persona.who(), persona.roles(), persona.societies());
      try (BrowserContext context = Browsers.context(persona.who().equals("resident"))) {
        Page page = context.newPage();
        signIn(page, email, password);
        awaitHome(page);
        assertThat(page.locator(persona.home()).count()).as(persona.who()).isEqualTo(1);
        assertThat(page.locator("h1").textContent()).contains("Dana " + persona.who());
        if (persona.who().equals("staff")) {
          assertThat(page.locator("#staff-home").textContent())
              .contains("College of Demo Medicine " + run);
        }
        assertAccessible(page);
        if (List.of("staff", "resident").contains(persona.who())) {
          screenshot(page, "home-" + persona.who());
        }
        if (persona.who().equals("admin")) {
          // The administrator gives the resident staff rights in the society.
          page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Accounts")).click();
          page.getByLabel("Search by name or email").fill(email("resident"));
          page.getByRole(
                  AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Search by name or email"))
              .click();
          awaitVisible(page, "input[name=societies]");
          assertAccessible(page);
          page.getByLabel("Staff").check();
          page.locator("input[name=societies]").fill(societyId);
          page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save")).click();
          awaitVisible(page, "text=Saved.");
          // The resident's next sign-in carries the new role and society.
          String token = identity.signIn(email("resident"), residentPassword[0]);
          String claims =
              new String(
                  java.util.Base64.getUrlDecoder().decode(token.split("\\.")[1]),
                  java.nio.charset.StandardCharsets.UTF_8);
          assertThat(claims).contains("\"STAFF\"").contains(societyId);
        }
        if (persona.who().equals("resident")) {
          residentPassword[0] = password;
          // The password changes on the issuer's page, reached from the portal.
          page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Change password"))
              .click();
          page.getByLabel("Current password").fill(password);
          page.getByLabel("New password").fill(password + " and more");
          page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Change password"))
              .click();
          awaitVisible(page, "text=Your password is changed.");
          assertAccessible(page);
          residentPassword[0] = password + " and more";
          page.navigate(stack.portalUrl + "/");
          awaitHome(page);
        }
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign out")).click();
        // Signed out of the portal and of the issuer: the next visit asks for the password.
        awaitUrl(page, url -> url.startsWith(identity.issuerUri() + "/login"));
        page.navigate(stack.portalUrl + "/");
        assertThat(page.url()).startsWith(identity.issuerUri() + "/login");
        assertAccessible(page);
      }
    }
  }

  @Test
  void a_wrong_password_is_refused_and_repeated_ones_lock_the_account() {
    String email = email("forgetful");
    String password = identity.person(email, "Fay Forgetful", List.of("MEMBER"), List.of());
    try (BrowserContext context = Browsers.context(false)) {
      Page page = context.newPage();
      signIn(page, email, "not-the-password");
      assertThat(page.url()).endsWith("/login?error");
      assertThat(page.getByRole(AriaRole.ALERT).textContent()).contains("do not match");
      assertAccessible(page);
      for (int attempt = 2; attempt <= 5; attempt++) {
        signIn(page, email, "still-not-it-" + attempt);
      }
      // The fifth failure in a row locks the account: even the right password is refused now.
      signIn(page, email, password);
      assertThat(page.url()).endsWith("/login?locked");
      assertThat(page.getByRole(AriaRole.ALERT).textContent()).contains("locked for 15 minutes");
      assertAccessible(page);
    }
  }

  @Test
  void a_form_posted_without_its_csrf_token_changes_nothing() {
    String email = email("forged");
    String password = identity.person(email, "Finn Forged", List.of("MEMBER"), List.of());
    try (BrowserContext context = Browsers.context(false)) {
      Page page = context.newPage();
      signIn(page, email, password);
      awaitHome(page);
      var answer =
          page.request()
              .post(
                  stack.portalUrl + "/registration",
                  RequestOptions.create()
                      .setForm(
                          FormData.create()
                              .set("givenName", "Finn")
                              .set("familyName", "Forged")
                              .set("institution", "Nowhere")
                              .set("trainingLevel", "PGY1")));
      assertThat(answer.status()).isEqualTo(403);
      assertThat(answer.text()).contains("This form has expired");
      page.reload();
      // Still not registered: the home page offers the registration form.
      assertThat(page.locator("form.register-form").count()).isEqualTo(1);
    }
  }

  @Test
  void after_the_session_expires_a_form_changes_nothing_and_the_next_page_asks_to_sign_in()
      throws Exception {
    String email = email("sleepy");
    String password = identity.person(email, "Sam Sleepy", List.of("MEMBER"), List.of());
    try (BrowserContext context = Browsers.context(false)) {
      Page page = context.newPage();
      signIn(page, email, password);
      awaitHome(page);
      page.getByLabel("Given name").fill("Sam");
      page.getByLabel("Family name").fill("Sleepy");
      page.getByLabel("Institution").fill("Night Hospital");
      page.getByLabel("Training level").selectOption("PGY2");
      // The portal's sessions expire (here: all of them at once, as after 30 idle minutes), and
      // the issuer's session with them.
      try (Connection db =
              DriverManager.getConnection(
                  stack.portal.getEnvironment().getProperty("spring.datasource.url"),
                  "postgres",
                  "postgres");
          Statement statement = db.createStatement()) {
        statement.execute("DELETE FROM spring_session");
      }
      context.clearCookies(new BrowserContext.ClearCookiesOptions().setName("IDENTITY_SESSION"));
      page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Register")).click();
      assertThat(page.locator("h1").textContent()).isEqualTo("This form has expired");
      assertAccessible(page);
      page.navigate(stack.portalUrl + "/");
      assertThat(page.url()).startsWith(identity.issuerUri() + "/login");
      signIn(page, email, password);
      awaitHome(page);
      assertThat(page.locator("form.register-form").count()).isEqualTo(1);
    }
  }

  @Test
  void a_person_signs_up_verifies_their_address_and_registers_as_a_member_on_a_phone() {
    String email = email("newcomer");
    String password = "a long passphrase " + run;
    try (BrowserContext context = Browsers.context(true)) {
      Page page = context.newPage();
      page.navigate(stack.portalUrl + "/");
      page.getByText("Create an account").click();
      page.getByLabel("Full name").fill("Nia Newcomer");
      page.getByLabel("Email address").fill(email);
      page.getByLabel("New password").fill("short");
      page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Create account"))
          .click();
      assertThat(page.locator("#password-error").textContent()).contains("at least 12");
      assertAccessible(page);
      page.getByLabel("New password").fill(password);
      page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Create account"))
          .click();
      assertThat(page.locator("h1").textContent()).isEqualTo("Check your email");

      signIn(page, email, password);
      awaitHome(page);
      assertThat(page.getByRole(AriaRole.ALERT).textContent()).contains("Open the link we sent");
      // Not verified yet: member-service refuses to link the address, next to the form.
      page.getByLabel("Given name").fill("Nia");
      page.getByLabel("Family name").fill("Newcomer");
      page.getByLabel("Institution").fill("Teaching Hospital");
      page.getByLabel("Training level").selectOption("PGY1");
      page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Register")).click();
      assertThat(page.locator("form.register-form .alert-danger").textContent())
          .contains("verified");

      String link = identity.latestLinkTo(email).orElseThrow();
      page.navigate(link);
      assertThat(page.getByRole(AriaRole.STATUS).textContent()).contains("verified");
      assertAccessible(page);
      // The portal sees the verified address from the next sign-in on.
      page.navigate(stack.portalUrl + "/");
      page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign out")).click();
      awaitUrl(page, url -> url.startsWith(identity.issuerUri() + "/login"));
      signIn(page, email, password);
      awaitHome(page);
      page.getByLabel("Given name").fill("Nia");
      page.getByLabel("Family name").fill("");
      page.getByLabel("Institution").fill("Teaching Hospital");
      page.getByLabel("Training level").selectOption("PGY1");
      page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Register")).click();
      awaitVisible(page, "#familyName-error");
      assertAccessible(page);
      page.getByLabel("Family name").fill("Newcomer");
      page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Register")).click();
      awaitHome(page);
      assertThat(page.locator("#member-home h2").first().textContent())
          .isEqualTo("Requests to answer");
    }
  }

  @Test
  void staff_invite_a_person_who_sets_a_password_and_signs_in() {
    String societyId = society("Invitation Society");
    String staffEmail = email("inviting-staff");
    String staffPassword =
        identity.person(staffEmail, "Ivy Inviter", List.of("STAFF"), List.of(societyId));
    String invited = email("invited");
    String link;
    try (BrowserContext context = Browsers.context(false)) {
      Page page = context.newPage();
      signIn(page, staffEmail, staffPassword);
      awaitHome(page);
      page.getByText("Invite a person").click();
      page.getByLabel("Email address").fill("not an address");
      page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Invite")).click();
      awaitVisible(page, "#email-error");
      page.getByLabel("Email address").fill(invited);
      page.getByLabel("Name").fill("Ines Invited");
      page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Invite")).click();
      link = page.locator("#invitation-link").textContent();
      assertThat(identity.latestLinkTo(invited)).contains(link);
      assertAccessible(page);
    }
    try (BrowserContext context = Browsers.context(true)) {
      Page page = context.newPage();
      page.navigate(link);
      assertThat(page.locator("h1").textContent()).isEqualTo("Set your password");
      assertAccessible(page);
      String password = "invited and welcome " + run;
      page.getByLabel("New password").fill(password);
      page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Set password")).click();
      awaitUrl(page, url -> url.endsWith("/login?welcome"));
      // The link works once.
      page.navigate(link);
      assertThat(page.getByRole(AriaRole.ALERT).textContent())
          .contains("expired or was already used");
      signIn(page, invited, password);
      awaitHome(page);
      assertThat(page.locator("#member-home").count()).isEqualTo(1);
      // The invitation verified the address: no request to verify it.
      assertThat(page.getByText("Open the link we sent").count()).isZero();
    }
  }
}
