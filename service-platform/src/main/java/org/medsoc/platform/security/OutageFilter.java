package org.medsoc.platform.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.medsoc.platform.resilience.Outage;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Answers 503 problem+json when the database is away or its pool exhausted in a filter (an access
 * rule that reads a registry, say), where no controller advice reaches; anything else goes on.
 */
final class OutageFilter extends OncePerRequestFilter {

  @Override
  protected void doFilterInternal(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    try {
      chain.doFilter(request, response);
    } catch (ServletException | RuntimeException e) {
      if (!Outage.isOutage(e) || response.isCommitted()) {
        throw e;
      }
      logger.warn("Request refused while the database is unavailable: " + e);
      response.setHeader(HttpHeaders.RETRY_AFTER, Outage.RETRY_AFTER_SECONDS);
      ProblemResponses.write(
          response, HttpStatus.SERVICE_UNAVAILABLE, Outage.DETAIL, "database unavailable");
    }
  }
}
