package org.medsoc.portal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.medsoc.portal.PortalPages.assertAccessible;
import static org.medsoc.portal.PortalPages.awaitText;
import static org.medsoc.portal.PortalPages.awaitVisible;
import static org.medsoc.portal.PortalPages.signIn;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.medsoc.testsupport.TestIdentity;
import org.medsoc.testsupport.TestInfrastructure;

/**
 * A platform administrator, in a real Chromium, forgets the sign-in account of a person whom staff
 * erased at their request: it no longer holds the person's address.
 */
class AccountsBrowserTest {

  private final PortalStack stack = PortalStack.get();
  private final TestIdentity identity = TestInfrastructure.identity();
  private final String run = UUID.randomUUID().toString().substring(0, 8);

  @Test
  void an_administrator_forgets_the_account_of_an_erased_person() {
    String erasedEmail = "forget-account-" + run + "@example.org";
    identity.person(erasedEmail, "Omid Forgotten", List.of("MEMBER"), List.of());
    String adminEmail = "forget-admin-" + run + "@example.org";
    String password =
        identity.person(adminEmail, "Ada Admin", List.of("PLATFORM_ADMIN"), List.of());
    try (BrowserContext context = Browsers.context(false)) {
      Page page = context.newPage();
      signIn(page, stack, adminEmail, password);
      page.navigate(stack.portalUrl + "/accounts?q=" + erasedEmail);
      awaitVisible(page, "input[name=societies]");
      assertAccessible(page);
      page.getByRole(
              AriaRole.BUTTON,
              new Page.GetByRoleOptions().setName("Forget the account of " + erasedEmail))
          .click();
      awaitText(page, "[role=status]", "The account is forgotten");
      assertAccessible(page);
    }
    assertThatThrownBy(() -> identity.subjectOf(erasedEmail)).hasMessageContaining("no person");
    assertThat(identity.subjectOf(adminEmail)).isNotBlank();
  }
}
