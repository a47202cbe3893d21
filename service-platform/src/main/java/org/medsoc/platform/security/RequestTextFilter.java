package org.medsoc.platform.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Optional;
import org.medsoc.platform.input.TextInput;
import org.springframework.http.HttpStatus;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.UriUtils;

/**
 * Refuses a path or query that carries what no text may (a control character, half a surrogate
 * pair, an undecodable escape) with 400 problem+json, before access rules look the path's ids up in
 * the database, where PostgreSQL would refuse such text with an error of its own.
 */
public class RequestTextFilter extends OncePerRequestFilter {

  @Override
  protected void doFilterInternal(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    Optional<String[]> refusal = refusal(request);
    if (refusal.isPresent()) {
      ProblemResponses.write(
          response,
          HttpStatus.BAD_REQUEST,
          "The request's path or query is not acceptable text",
          refusal.get()[0],
          refusal.get()[1]);
      return;
    }
    chain.doFilter(request, response);
  }

  private static Optional<String[]> refusal(HttpServletRequest request) {
    String path;
    try {
      path = UriUtils.decode(request.getRequestURI(), StandardCharsets.UTF_8);
    } catch (IllegalArgumentException e) {
      return Optional.of(new String[] {"path", "is not a well-formed URI path"});
    }
    Optional<String> pathRefusal = TextInput.refusal(path);
    if (pathRefusal.isPresent()) {
      return Optional.of(new String[] {"path", pathRefusal.get()});
    }
    Map<String, String[]> parameters;
    try {
      parameters = request.getParameterMap();
    } catch (IllegalArgumentException | IllegalStateException e) {
      return Optional.of(new String[] {"query", "is not a well-formed query"});
    }
    for (Map.Entry<String, String[]> parameter : parameters.entrySet()) {
      Optional<String> nameRefusal = TextInput.refusal(parameter.getKey());
      if (nameRefusal.isPresent()) {
        return Optional.of(new String[] {"query", nameRefusal.get()});
      }
      for (String value : parameter.getValue()) {
        Optional<String> valueRefusal = TextInput.refusal(value);
        if (valueRefusal.isPresent()) {
          return Optional.of(new String[] {parameter.getKey(), valueRefusal.get()});
        }
      }
    }
    return Optional.empty();
  }
}
