package org.medsoc.systemtests;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.medsoc.testsupport.Http;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Every operation of every service's own OpenAPI document, called by a persona the matrix lets
 * through, with malformed JSON, wrong types, nulls, oversized and out-of-range values, unknown
 * fields, malformed ids in the path and bad query values. Whatever the input: no 5xx; every error
 * is problem+json, naming the field where there is one; and a refused request appends no event
 * (found by the request's own correlation id in the called service's store).
 */
class HostileInputSweepTest {

  /** Who calls an operation: the first of these the matrix lets through. */
  private static final List<String> CALLERS =
      List.of(
          "platform-staff",
          "owner",
          "candidate-chair",
          "chair",
          "member",
          "society-staff",
          "auditor");

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String OVERSIZED = "x".repeat(30_000);
  private static final RunningPlatform platform = RunningPlatform.get();
  private static PlatformFixture fixture;

  /** One hostile request and what its answer must name. */
  private record Case(String what, String path, String body, String field, String contentType) {

    Case(String what, String path, String body, String field) {
      this(what, path, body, field, "application/json");
    }

    /** The same case sent as a file: a small roster where JSON would be "{}". */
    Case asCsv() {
      return new Case(what, path, "{}".equals(body) ? SMALL_CSV : body, field, "text/csv");
    }
  }

  private static final String SMALL_CSV = "Member number,Last name\nM-1,Okafor\n";

  @BeforeAll
  static void fixture() {
    fixture = PlatformFixture.build(platform);
  }

  @Test
  void hostile_input_gets_a_clear_answer_and_stores_nothing() throws IOException {
    List<String> wrong = new ArrayList<>();
    int calls = 0;
    for (AccessMatrix.Rule rule : AccessMatrix.rules()) {
      Optional<String> caller =
          CALLERS.stream().filter(persona -> rule.allowed().get(persona)).findFirst();
      if (caller.isEmpty()) {
        continue;
      }
      ConfigurableApplicationContext service = platform.services().get(rule.service());
      JsonNode document = RunningPlatform.http(service).get("/v3/api-docs").body();
      JsonNode operation =
          document.path("paths").path(rule.path()).path(rule.method().toLowerCase());
      for (Case hostile : cases(document, rule, operation)) {
        calls++;
        String correlation = UUID.randomUUID().toString();
        Http http =
            RunningPlatform.http(service)
                .as(fixture.tokens.get(caller.get()))
                .withHeader("X-Correlation-Id", correlation);
        Http.Response answer = send(http, rule.method(), hostile);
        String where = rule.key() + " with " + hostile.what() + " as " + caller.get();
        if (answer.status() >= 500) {
          wrong.add(where + ": " + answer.status() + " " + answer.body());
          continue;
        }
        if (rule.path().startsWith("/actuator")) {
          // Spring Boot's own endpoints answer in the shape scrapers expect (404 for a metric
          // that does not exist, 406 for a format it cannot give): never a server error is asked.
          continue;
        }
        if (answer.status() < 400) {
          if (hostile.field() != null) {
            wrong.add(where + ": accepted with " + answer.status());
          }
          continue;
        }
        if (!answer.contentType().startsWith("application/problem+json")) {
          wrong.add(where + ": " + answer.status() + " as " + answer.contentType());
        }
        if (hostile.field() != null
            && (answer.status() != 400 || !names(answer, hostile.field()))) {
          wrong.add(
              where
                  + ": "
                  + answer.status()
                  + " not naming "
                  + hostile.field()
                  + ": "
                  + answer.body());
        }
        if (eventsCorrelatedWith(service, correlation) > 0) {
          wrong.add(where + ": refused with " + answer.status() + " yet stored an event");
        }
      }
    }
    System.out.printf(
        "Hostile input sweep: %d requests, %d refused wrongly%n", calls, wrong.size());
    assertThat(calls).as("hostile requests sent").isGreaterThan(1000);
    assertThat(wrong).isEmpty();
  }

  @Test
  void the_web_servers_own_refusals_are_problem_json_too() {
    for (ConfigurableApplicationContext service : platform.all()) {
      for (String path : List.of("/members/abc%2Fdef", "/members/abc%00def", "/a//b")) {
        Http.Response answer =
            RunningPlatform.http(service).as(fixture.tokens.get("platform-staff")).get(path);
        assertThat(answer.status()).as(path).isEqualTo(400);
        assertThat(answer.contentType()).as(path).startsWith("application/problem+json");
      }
      // No HTTP client sends a malformed escape; a raw request line does.
      String raw = rawGet(service, "/members/%ZZ");
      assertThat(raw).as(raw).startsWith("HTTP/1.1 400");
      assertThat(raw.toLowerCase()).contains("content-type: application/problem+json");
    }
  }

  private static String rawGet(ConfigurableApplicationContext service, String target) {
    int port =
        ((org.springframework.boot.web.context.WebServerApplicationContext) service)
            .getWebServer()
            .getPort();
    try (java.net.Socket socket = new java.net.Socket("localhost", port)) {
      socket.setSoTimeout(10_000);
      socket
          .getOutputStream()
          .write(
              ("GET " + target + " HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n")
                  .getBytes(java.nio.charset.StandardCharsets.US_ASCII));
      return new String(
          socket.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  private static List<Case> cases(JsonNode document, AccessMatrix.Rule rule, JsonNode operation) {
    if (operation.path("requestBody").path("content").has("text/csv")) {
      List<Case> cases = new ArrayList<>(jsonCases(document, rule, operation, false));
      cases.add(new Case("a file with a NUL", "", "a,b\n1,\u0000\n", "file"));
      cases.add(new Case("a file with an escape", "", "a,b\n1,\u001b[31m\n", "file"));
      cases.add(new Case("an empty file", "", "", "file"));
      cases.add(new Case("a header without rows", "", "a,b\n", "file"));
      String path = fixture.path(rule.path());
      return cases.stream()
          .map(c -> c.path().isEmpty() ? new Case(c.what(), path, c.body(), c.field()) : c)
          .map(Case::asCsv)
          .toList();
    }
    return jsonCases(document, rule, operation, true);
  }

  private static List<Case> jsonCases(
      JsonNode document, AccessMatrix.Rule rule, JsonNode operation, boolean bodyCases) {
    List<Case> cases = new ArrayList<>();
    String path = fixture.path(rule.path());
    for (String variable : variables(rule.path())) {
      for (String[] id :
          new String[][] {
            {"a NUL in " + variable, "%00"},
            {"a 3,000-character " + variable, "x".repeat(3000)},
            {"an injection in " + variable, "%27%20OR%201%3D1%20--"},
            {"a bell in " + variable, "abc%07"}
          }) {
        cases.add(
            new Case(
                id[0],
                fixture.path(rule.path().replace("{" + variable + "}", id[1])),
                operation.has("requestBody") ? "{}" : null,
                null));
      }
    }
    Map<String, String> required = new java.util.LinkedHashMap<>();
    for (JsonNode parameter : operation.path("parameters")) {
      if (parameter.path("in").asText().equals("query") && parameter.path("required").asBoolean()) {
        required.put(
            parameter.path("name").asText(),
            parameter.path("schema").path("format").asText().equals("date")
                ? java.time.LocalDate.now().toString()
                : "1");
      }
    }
    for (JsonNode parameter : operation.path("parameters")) {
      if (!parameter.path("in").asText().equals("query")) {
        continue;
      }
      String name = parameter.path("name").asText();
      JsonNode schema = parameter.path("schema");
      List<String> values = new ArrayList<>(List.of("%07", "x".repeat(3000)));
      switch (schema.path("type").asText()) {
        case "integer" -> values.addAll(List.of("seven", "1.5", "99999999999999999999", "-1"));
        case "boolean" -> values.add("yes");
        default -> {}
      }
      if (schema.path("format").asText().equals("date")) {
        values.addAll(List.of("2027-13-45", "%2B99999-01-01", "0001-01-01"));
      }
      for (String value : values) {
        cases.add(
            new Case(
                "query " + name + "=" + abbreviated(value),
                path + "?" + query(required, name, value),
                operation.has("requestBody") ? "{}" : null,
                value.equals("-1") || value.equals("0001-01-01") ? null : name));
      }
    }
    if (!operation.has("requestBody") || !bodyCases) {
      return cases;
    }
    cases.add(new Case("malformed JSON", path, "{\"", null));
    cases.add(new Case("a JSON array", path, "[]", null));
    cases.add(new Case("trailing garbage", path, "{} {}", null));
    cases.add(new Case("an unknown field", path, "{\"unexpectedField\":1}", "unexpectedField"));
    JsonNode schema = resolve(document, bodySchema(operation));
    properties(document, schema, "", 0, path, cases);
    return cases;
  }

  /** The wrong values for each field, nested objects one level deep. */
  private static void properties(
      JsonNode document, JsonNode schema, String prefix, int depth, String path, List<Case> cases) {
    for (Iterator<Map.Entry<String, JsonNode>> it = schema.path("properties").fields();
        it.hasNext(); ) {
      Map.Entry<String, JsonNode> property = it.next();
      String field = prefix + property.getKey();
      JsonNode type = resolve(document, property.getValue());
      cases.add(new Case(field + " null", path, body(field, null), null));
      String kind = type.has("properties") ? "object" : type.path("type").asText();
      switch (kind) {
        case "string" -> {
          cases.add(new Case(field + " as a number", path, body(field, "12345"), field));
          cases.add(new Case(field + " oversized", path, body(field, quoted(OVERSIZED)), field));
          cases.add(new Case(field + " with a NUL", path, body(field, "\"a\\u0000b\""), field));
          cases.add(
              new Case(field + " with an escape", path, body(field, "\"a\\u001b[31m\""), field));
          if (type.has("enum")) {
            cases.add(new Case(field + " unknown", path, body(field, "\"NOT_A_VALUE\""), field));
            cases.add(new Case(field + " by ordinal", path, body(field, "0"), field));
          }
          if (type.path("format").asText().startsWith("date")) {
            cases.add(new Case(field + " far away", path, body(field, "\"+99999-01-01\""), field));
            cases.add(new Case(field + " malformed", path, body(field, "\"2027-13-45\""), field));
          }
        }
        case "integer" -> {
          cases.add(new Case(field + " as text", path, body(field, "\"7\""), field));
          cases.add(new Case(field + " as a fraction", path, body(field, "1.5"), field));
          cases.add(
              new Case(
                  field + " beyond any int", path, body(field, "99999999999999999999"), field));
        }
        case "number" -> {
          cases.add(new Case(field + " as text", path, body(field, "\"7\""), field));
          cases.add(new Case(field + " huge", path, body(field, "1e400"), null));
        }
        case "boolean" -> {
          cases.add(new Case(field + " as text", path, body(field, "\"true\""), field));
          cases.add(new Case(field + " as a number", path, body(field, "1"), field));
        }
        case "array" -> {
          cases.add(new Case(field + " as text", path, body(field, "\"x\""), field));
          cases.add(new Case(field + " with a null", path, body(field, "[null]"), null));
        }
        case "object" -> {
          cases.add(new Case(field + " as text", path, body(field, "\"x\""), field));
          if (depth == 0) {
            properties(document, type, field + ".", depth + 1, path, cases);
          }
        }
        default -> {}
      }
    }
  }

  /** A body with one (possibly nested) field set to the JSON text given, or to null. */
  private static String body(String field, String json) {
    String[] parts = field.split("\\.");
    StringBuilder body = new StringBuilder();
    for (String part : parts) {
      body.append("{\"").append(part).append("\":");
    }
    body.append(json == null ? "null" : json);
    body.append("}".repeat(parts.length));
    return body.toString();
  }

  private static JsonNode bodySchema(JsonNode operation) {
    JsonNode content = operation.path("requestBody").path("content");
    Iterator<JsonNode> types = content.elements();
    return types.hasNext() ? types.next().path("schema") : JSON.createObjectNode();
  }

  private static JsonNode resolve(JsonNode document, JsonNode schema) {
    String ref = schema.path("$ref").asText();
    if (ref.isEmpty()) {
      return schema;
    }
    return document.at(ref.substring(1));
  }

  private static List<String> variables(String template) {
    List<String> variables = new ArrayList<>();
    java.util.regex.Matcher matcher =
        java.util.regex.Pattern.compile("\\{(\\w+)}").matcher(template);
    while (matcher.find()) {
      variables.add(matcher.group(1));
    }
    return variables;
  }

  private static Http.Response send(Http http, String method, Case hostile) {
    return switch (method) {
      case "GET" -> http.get(hostile.path());
      case "DELETE" -> http.delete(hostile.path());
      case "POST" ->
          hostile.contentType().equals("application/json")
              ? http.post(hostile.path(), hostile.body() == null ? "" : hostile.body())
              : http.post(hostile.path(), hostile.contentType(), hostile.body());
      case "PUT" -> http.put(hostile.path(), hostile.body() == null ? "" : hostile.body());
      default -> throw new IllegalArgumentException(method);
    };
  }

  private static boolean names(Http.Response answer, String field) {
    for (JsonNode error : answer.body().path("errors")) {
      String named = error.path("field").asText();
      if (named.equals(field) || named.startsWith(field + ".") || named.startsWith(field + "[")) {
        return true;
      }
    }
    return false;
  }

  private static long eventsCorrelatedWith(ConfigurableApplicationContext service, String id) {
    Long count =
        new JdbcTemplate(service.getBean(DataSource.class))
            .queryForObject(
                "SELECT count(*) FROM domainevententry"
                    + " WHERE position(? in convert_from(metadata, 'UTF8')) > 0",
                Long.class,
                id);
    return count == null ? 0 : count;
  }

  /** The required parameters with sensible values, and one parameter with the hostile one. */
  private static String query(Map<String, String> required, String name, String value) {
    Map<String, String> query = new java.util.LinkedHashMap<>(required);
    query.put(name, value);
    return String.join(
        "&", query.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue()).toList());
  }

  private static String quoted(String text) {
    return "\"" + text + "\"";
  }

  private static String abbreviated(String value) {
    return value.length() > 20 ? value.substring(0, 20) + "…" : value;
  }
}
