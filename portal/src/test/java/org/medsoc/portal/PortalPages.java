package org.medsoc.portal;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.TimeoutError;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.LoadState;
import java.nio.file.Files;
import java.util.function.Predicate;
import org.medsoc.testsupport.TestInfrastructure;

/**
 * What the browser tests do on every page: sign in, wait, scan for accessibility, keep a picture.
 */
final class PortalPages {

  private PortalPages() {}

  /** Signs in through the issuer's form, starting at the portal; ends wherever the form leads. */
  static void signIn(Page page, PortalStack stack, String email, String password) {
    page.navigate(stack.portalUrl + "/");
    assertThat(page.url()).startsWith(TestInfrastructure.identity().issuerUri() + "/login");
    page.getByLabel("Email address").fill(email);
    page.getByLabel("Password", new Page.GetByLabelOptions().setExact(true)).fill(password);
    page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign in")).click();
    awaitUrl(page, url -> !url.endsWith("/login"));
  }

  static void awaitUrl(Page page, Predicate<String> where) {
    try {
      page.waitForURL(where, new Page.WaitForURLOptions().setTimeout(15_000));
    } catch (TimeoutError e) {
      throw new AssertionError(
          "Still at " + page.url() + ": " + page.locator("body").innerText(), e);
    }
  }

  static void awaitVisible(Page page, String selector) {
    try {
      page.locator(selector).first().waitFor(new Locator.WaitForOptions().setTimeout(15_000));
    } catch (TimeoutError e) {
      throw new AssertionError(
          "No " + selector + " at " + page.url() + ": " + page.locator("body").innerText(), e);
    }
  }

  static void awaitText(Page page, String selector, String text) {
    settled(page);
    try {
      page.locator(selector)
          .filter(new Locator.FilterOptions().setHasText(text))
          .first()
          .waitFor(new Locator.WaitForOptions().setTimeout(30_000));
    } catch (TimeoutError e) {
      throw new AssertionError(
          "No "
              + selector
              + " saying "
              + text
              + " at "
              + page.url()
              + ": "
              + page.locator("body").innerText(),
          e);
    }
  }

  /** Waits for a view that follows events a moment later: reloads until the text shows. */
  static void awaitTextReloading(Page page, String selector, String text) {
    settled(page);
    try {
      // A form just submitted may still be on its way: give its page time to arrive before any
      // reload, which would cancel the submission.
      page.locator(selector)
          .filter(new Locator.FilterOptions().setHasText(text))
          .first()
          .waitFor(new Locator.WaitForOptions().setTimeout(5_000));
      return;
    } catch (TimeoutError stillBehind) {
      // the view follows the events a moment later: reload until it shows
    }
    long until = System.currentTimeMillis() + 20_000;
    while (page.locator(selector).filter(new Locator.FilterOptions().setHasText(text)).count()
        == 0) {
      if (System.currentTimeMillis() > until) {
        throw new AssertionError(
            "No "
                + selector
                + " saying "
                + text
                + " at "
                + page.url()
                + ": "
                + page.locator("body").innerText());
      }
      page.waitForTimeout(300);
      page.reload();
    }
  }

  /** The page the last navigation leads to has loaded, once that navigation has committed. */
  private static void settled(Page page) {
    page.waitForLoadState(LoadState.LOAD);
  }

  static void assertAccessible(Page page) {
    assertThat(Browsers.seriousAccessibilityViolations(page)).as(page.url()).isEmpty();
  }

  static void screenshot(Page page, String name) throws Exception {
    Files.createDirectories(Browsers.screenshots());
    page.screenshot(
        new Page.ScreenshotOptions()
            .setPath(Browsers.screenshots().resolve(name + ".png"))
            .setFullPage(true));
  }
}
