package org.medsoc.portal;

import com.deque.html.axecore.playwright.AxeBuilder;
import com.deque.html.axecore.results.AxeResults;
import com.deque.html.axecore.results.Rule;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** One Playwright and one headless Chromium per test JVM; each test gets a context of its own. */
final class Browsers {

  private static Browser browser;

  private Browsers() {}

  static synchronized Browser browser() {
    if (browser == null) {
      Chromium.Found chromium = Chromium.find();
      Map<String, String> environment = new HashMap<>();
      // Playwright must not try to download browsers of its own: there is no CDN here.
      environment.put("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1");
      Playwright playwright = Playwright.create(new Playwright.CreateOptions().setEnv(environment));
      Map<String, String> browserEnvironment = new HashMap<>(System.getenv());
      if (chromium.fontConfig() != null) {
        browserEnvironment.put("FONTCONFIG_FILE", chromium.fontConfig().toString());
      }
      browser =
          playwright
              .chromium()
              .launch(
                  new BrowserType.LaunchOptions()
                      .setExecutablePath(chromium.executable())
                      .setHeadless(true)
                      .setEnv(browserEnvironment)
                      .setArgs(
                          List.of(
                              "--no-sandbox",
                              "--disable-dev-shm-usage",
                              "--disable-gpu",
                              "--disable-quic",
                              "--no-first-run",
                              "--disable-background-networking",
                              "--disable-component-update",
                              "--disable-sync")));
      Browser started = browser;
      Runtime.getRuntime()
          .addShutdownHook(
              new Thread(
                  () -> {
                    started.close();
                    playwright.close();
                  }));
    }
    return browser;
  }

  /** A fresh browser profile at a desktop's width, or a phone's. */
  static BrowserContext context(boolean phone) {
    BrowserContext context =
        browser()
            .newContext(
                new Browser.NewContextOptions()
                    .setViewportSize(phone ? 390 : 1280, phone ? 844 : 800)
                    .setIsMobile(phone));
    // What the browser could not load says why a page is missing, in the test's output.
    context.onRequestFailed(
        request ->
            System.out.println("Browser: " + request.url() + " failed: " + request.failure()));
    return context;
  }

  /** The axe-core violations that matter (serious or critical) on the page as it is now. */
  static List<String> seriousAccessibilityViolations(Page page) {
    AxeResults results = new AxeBuilder(page).analyze();
    return results.getViolations().stream()
        .filter(rule -> List.of("serious", "critical").contains(rule.getImpact()))
        .map(Browsers::describe)
        .toList();
  }

  private static String describe(Rule rule) {
    return rule.getId()
        + ": "
        + rule.getHelp()
        + " at "
        + rule.getNodes().stream().map(node -> String.valueOf(node.getTarget())).toList();
  }

  static Path screenshots() {
    return Path.of("target", "screenshots");
  }
}
