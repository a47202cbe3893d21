package org.medsoc.platform.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.UUID;
import java.util.regex.Pattern;
import org.medsoc.platform.messaging.MessageTracing;
import org.slf4j.MDC;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Gives every request its correlation id before anything else runs: the caller's {@code
 * X-Correlation-Id} when it sends a well-formed one, otherwise the id of the trace the request is
 * part of (so a portal page's calls share one), otherwise a new one. The id tags the request's
 * span, is in the logs' context while the request runs, is answered in the same header (what a
 * caller quotes to support), and is what the request's commands carry.
 */
public class CorrelationIdFilter extends OncePerRequestFilter {

  public static final String HEADER = "X-Correlation-Id";

  private static final String ATTRIBUTE = CorrelationIdFilter.class.getName();
  private static final Pattern WELL_FORMED = Pattern.compile("[A-Za-z0-9._:-]{1,100}");

  private final MessageTracing tracing;

  public CorrelationIdFilter(MessageTracing tracing) {
    this.tracing = tracing;
  }

  /** The correlation id of the request being handled on this thread, or null outside one. */
  public static String ofCurrentRequest() {
    RequestAttributes attributes = RequestContextHolder.getRequestAttributes();
    return attributes instanceof ServletRequestAttributes servlet
        ? (String) servlet.getRequest().getAttribute(ATTRIBUTE)
        : null;
  }

  @Override
  protected void doFilterInternal(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    String correlationId = correlationIdOf(request);
    request.setAttribute(ATTRIBUTE, correlationId);
    response.setHeader(HEADER, correlationId);
    tracing.tagCurrent(correlationId);
    try (MDC.MDCCloseable logged =
        MDC.putCloseable(MessageTracing.CORRELATION_LOG_KEY, correlationId)) {
      chain.doFilter(request, response);
    }
  }

  private String correlationIdOf(HttpServletRequest request) {
    String sent = request.getHeader(HEADER);
    if (sent != null && WELL_FORMED.matcher(sent).matches()) {
      return sent;
    }
    String traceId = tracing.currentTraceId();
    return traceId != null ? traceId : UUID.randomUUID().toString();
  }
}
