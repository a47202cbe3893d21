package org.medsoc.systemtests;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.medsoc.testsupport.Http;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * For every endpoint of every service, read from the services' own OpenAPI documents, and for every
 * persona, the allow or deny of {@code authorization-matrix.csv} holds. An endpoint missing from
 * the table, or a row for an endpoint that no longer exists, fails the build.
 */
class AuthorizationMatrixTest {

  private static final RunningPlatform platform = RunningPlatform.get();
  private static PlatformFixture fixture;

  @BeforeAll
  static void fixture() {
    fixture = PlatformFixture.build(platform);
  }

  @Test
  void every_endpoint_has_a_rule_and_every_rule_an_endpoint() throws IOException {
    Set<String> documented = new TreeSet<>();
    platform
        .services()
        .forEach((service, context) -> documented.addAll(endpointsOf(service, context)));
    Set<String> ruled = new TreeSet<>();
    AccessMatrix.rules().forEach(rule -> ruled.add(rule.key()));

    assertThat(ruled)
        .as("rows in authorization-matrix.csv")
        .containsExactlyInAnyOrderElementsOf(documented);
  }

  @Test
  void every_persona_gets_exactly_the_access_the_matrix_gives() throws IOException {
    List<String> wrong = new ArrayList<>();
    for (AccessMatrix.Rule rule : AccessMatrix.rules()) {
      for (String persona : AccessMatrix.PERSONAS) {
        int status = call(rule, persona).status();
        boolean allowed = rule.allowed().get(persona);
        int expectedDenial = persona.equals("anonymous") ? 401 : 403;
        boolean ok = allowed ? status != 401 && status != 403 : status == expectedDenial;
        if (!ok) {
          wrong.add(
              "%s as %s: got %d, expected %s"
                  .formatted(
                      rule.key(),
                      persona,
                      status,
                      allowed ? "to pass authorization" : String.valueOf(expectedDenial)));
        }
      }
    }
    assertThat(wrong).isEmpty();
  }

  private static Http.Response call(AccessMatrix.Rule rule, String persona) {
    ConfigurableApplicationContext context = platform.services().get(rule.service());
    Http http = RunningPlatform.http(context);
    if (!persona.equals("anonymous")) {
      http = http.as(fixture.tokens.get(persona));
    }
    String path = fixture.path(rule.path());
    return switch (rule.method()) {
      case "GET" -> http.get(path);
      case "POST" -> http.post(path, "{}");
      case "PUT" -> http.put(path, "{}");
      case "DELETE" -> http.delete(path);
      default -> throw new IllegalArgumentException(rule.method());
    };
  }

  private static Set<String> endpointsOf(String service, ConfigurableApplicationContext context) {
    JsonNode paths = RunningPlatform.http(context).get("/v3/api-docs").body().path("paths");
    Set<String> endpoints = new TreeSet<>();
    for (Iterator<Map.Entry<String, JsonNode>> it = paths.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> path = it.next();
      path.getValue()
          .fieldNames()
          .forEachRemaining(
              method -> endpoints.add(service + " " + method.toUpperCase() + " " + path.getKey()));
    }
    return endpoints;
  }
}
