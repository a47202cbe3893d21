package org.medsoc.notification.preference;

import io.swagger.v3.oas.annotations.Operation;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.medsoc.kernel.error.DomainException;
import org.medsoc.notification.obligation.Kind;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;
import org.thymeleaf.context.Context;
import org.thymeleaf.spring6.SpringTemplateEngine;

/**
 * The page behind a mail's unsubscribe link. Opening it changes nothing (mail scanners open links);
 * its button, or a mail client's one-click POST (RFC 8058), turns the mail's kinds off.
 */
@RestController
public class UnsubscribeController {

  private final Unsubscribe unsubscribe;
  private final SpringTemplateEngine pages;
  private final String portalUrl;

  public UnsubscribeController(
      Unsubscribe unsubscribe,
      SpringTemplateEngine pages,
      @Value("${notification.portal-url}") String portalUrl) {
    this.unsubscribe = unsubscribe;
    this.pages = pages;
    this.portalUrl = portalUrl;
  }

  @Operation(
      summary = "What a mail's unsubscribe link would turn off, with a button to do it",
      description =
          "Anyone holding the link (its long random token is the credential); changes nothing.")
  @GetMapping("/unsubscribe/{token}")
  public ResponseEntity<String> confirm(
      @PathVariable String token,
      @RequestHeader(value = "Accept", required = false) String accept) {
    Optional<List<Kind>> kinds = unsubscribe.kindsOf(token);
    Context page = page(token);
    page.setVariable("kinds", kinds.orElse(List.of()));
    return kinds.isPresent() ? html(HttpStatus.OK, "unsubscribe", page) : unknown(page, accept);
  }

  @Operation(
      summary = "Turn off the kinds a mail was about (one click, RFC 8058)",
      description =
          "Anyone holding the link (its token is the credential). Each kind is recorded as the"
              + " member's choice; a kind a process waits on stays on.")
  @PostMapping("/unsubscribe/{token}")
  public ResponseEntity<String> unsubscribe(
      @PathVariable String token,
      @RequestHeader(value = "Accept", required = false) String accept) {
    Optional<Unsubscribe.Outcome> outcome = unsubscribe.use(token);
    Context page = page(token);
    if (outcome.isEmpty()) {
      return unknown(page, accept);
    }
    page.setVariable("outcome", outcome.get());
    return html(HttpStatus.OK, "unsubscribed", page);
  }

  private Context page(String token) {
    Context page = new Context(Locale.ENGLISH);
    page.setVariable("token", token);
    page.setVariable("preferences", portalUrl + "/notifications#preferences");
    return page;
  }

  /**
   * A person (or a mail client, which may ask for anything) gets a page; an API client a problem.
   */
  private ResponseEntity<String> unknown(Context page, String accept) {
    boolean apiClient =
        accept != null
            && (accept.contains("application/json") || accept.contains("application/problem+json"))
            && !accept.contains("text/html");
    if (apiClient) {
      throw DomainException.notFound("token", "this unsubscribe link is not known");
    }
    return html(HttpStatus.NOT_FOUND, "unsubscribe-unknown", page);
  }

  /** A page whatever the client accepts: a mail client's one-click POST may ask for anything. */
  private ResponseEntity<String> html(HttpStatus status, String template, Context page) {
    return ResponseEntity.status(status)
        .contentType(new MediaType(MediaType.TEXT_HTML, java.nio.charset.StandardCharsets.UTF_8))
        .body(pages.process(template, page));
  }
}
