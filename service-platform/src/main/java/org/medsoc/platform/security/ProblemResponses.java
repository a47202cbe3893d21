package org.medsoc.platform.security;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import org.medsoc.kernel.error.FieldViolation;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;

/** Writes problem+json from filters, where no controller advice reaches. */
final class ProblemResponses {

  private static final ObjectMapper JSON = new ObjectMapper();

  private ProblemResponses() {}

  static void write(HttpServletResponse response, HttpStatus status, String detail, String reason)
      throws IOException {
    write(response, status, detail, null, reason);
  }

  static void write(
      HttpServletResponse response, HttpStatus status, String detail, String field, String reason)
      throws IOException {
    response.setStatus(status.value());
    response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
    JSON.writeValue(
        response.getOutputStream(),
        Map.of(
            "type", "about:blank",
            "title", status.getReasonPhrase(),
            "status", status.value(),
            "detail", detail,
            "errors", List.of(new FieldViolation(field, reason))));
  }
}
