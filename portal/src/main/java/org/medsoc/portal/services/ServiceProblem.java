package org.medsoc.portal.services;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

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

  /**
   * Takes a step against a service. A refusal the person can mend (a 4xx other than 403) comes back
   * to show on the page; a refusal of access or a service's failure goes on to the error pages.
   */
  public static Optional<ServiceProblem> attempt(Runnable step) {
    try {
      step.run();
      return Optional.empty();
    } catch (ServiceProblem refused) {
      return Optional.of(refused.mendableOrRethrown());
    }
  }

  /** This refusal when the person can mend it; thrown on to the error pages when not. */
  public ServiceProblem mendableOrRethrown() {
    if (status == 403 || status >= 500) {
      throw this;
    }
    return this;
  }

  /** The reasons per field, or the detail under the empty key when no field was named. */
  public Map<String, String> reasons() {
    return fieldErrors.isEmpty() ? Map.of("", getMessage()) : fieldErrors;
  }

  /** The reasons in one line. */
  public String reason() {
    return String.join("; ", reasons().values());
  }

  public boolean isNotFound() {
    return status == 404;
  }
}
