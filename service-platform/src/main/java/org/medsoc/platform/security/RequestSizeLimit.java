package org.medsoc.platform.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Locale;
import org.springframework.http.HttpStatus;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses a body larger than the limit with 413, before anyone reads it. A file (a body sent as
 * {@code text/csv}) has a larger limit of its own.
 */
public class RequestSizeLimit extends OncePerRequestFilter {

  private final long maxBodyBytes;
  private final long maxUploadBytes;

  public RequestSizeLimit(long maxBodyBytes, long maxUploadBytes) {
    this.maxBodyBytes = maxBodyBytes;
    this.maxUploadBytes = maxUploadBytes;
  }

  @Override
  protected void doFilterInternal(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    long declared = request.getContentLengthLong();
    String type = request.getContentType();
    long maxBytes =
        type != null && type.toLowerCase(Locale.ROOT).startsWith("text/csv")
            ? maxUploadBytes
            : maxBodyBytes;
    boolean chunked = "chunked".equalsIgnoreCase(request.getHeader("Transfer-Encoding"));
    if (declared > maxBytes) {
      ProblemResponses.write(
          response,
          HttpStatus.PAYLOAD_TOO_LARGE,
          "The request body is larger than " + maxBytes + " bytes",
          "body exceeds " + maxBytes + " bytes");
      return;
    }
    if (chunked) {
      // A body of unknown length could be of any size; the API's clients declare the length.
      ProblemResponses.write(
          response, HttpStatus.LENGTH_REQUIRED, "Send the body with a Content-Length", "no length");
      return;
    }
    chain.doFilter(request, response);
  }
}
