package org.medsoc.portal.services;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A service refused a request with problem+json: the status, what it said, and the reason per field
 * it named, so a form can show each next to its field.
 */
public class ServiceProblem extends RuntimeException {

  private final int status;
  private final Map<String, String> fieldErrors;

  ServiceProblem(int status, String detail, Map<String, String> fieldErrors) {
    super(detail);
    this.status = status;
    this.fieldErrors = Map.copyOf(fieldErrors);
  }

  static ServiceProblem of(int status, JsonNode body) {
    Map<String, String> fields = new LinkedHashMap<>();
    for (JsonNode error : body.path("errors")) {
      String field = error.path("field").asText("");
      fields.putIfAbsent(field.isEmpty() ? "" : field, error.path("reason").asText(""));
    }
    String detail = body.path("detail").asText(body.path("title").asText("refused"));
    return new ServiceProblem(status, detail, fields);
  }

  public int status() {
    return status;
  }

  /** The reason per field named; the empty key holds a reason that names no field. */
  public Map<String, String> fieldErrors() {
    return fieldErrors;
  }

  public boolean isNotFound() {
    return status == 404;
  }
}
