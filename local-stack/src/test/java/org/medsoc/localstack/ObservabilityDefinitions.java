package org.medsoc.localstack;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.yaml.snakeyaml.Yaml;

/** The dashboard and the alert rules in {@code deploy/observability}, and what they query. */
final class ObservabilityDefinitions {

  static final Path FOLDER = Path.of("..", "deploy", "observability");

  /** Series that Prometheus makes itself, not a service. */
  static final Set<String> PROMETHEUS_OWN = Set.of("up");

  private static final Set<String> KEYWORDS =
      Set.of(
          "by",
          "without",
          "on",
          "ignoring",
          "group_left",
          "group_right",
          "bool",
          "and",
          "or",
          "unless",
          "offset");
  private static final Pattern IDENTIFIER =
      Pattern.compile("(?<![\\w$])([a-zA-Z_:][a-zA-Z0-9_:]*)\\b(?!\\s*\\()");

  record Alert(String name, String expr, Map<String, Object> rule) {}

  static JsonNode dashboard() throws IOException {
    return new ObjectMapper().readTree(FOLDER.resolve("grafana-dashboard.json").toFile());
  }

  @SuppressWarnings("unchecked")
  static List<Alert> alerts() throws IOException {
    try (Reader in = Files.newBufferedReader(FOLDER.resolve("alert-rules.yaml"))) {
      Map<String, Object> file = new Yaml().load(in);
      List<Alert> alerts = new ArrayList<>();
      for (Map<String, Object> group : (List<Map<String, Object>>) file.get("groups")) {
        for (Map<String, Object> rule : (List<Map<String, Object>>) group.get("rules")) {
          alerts.add(new Alert((String) rule.get("alert"), (String) rule.get("expr"), rule));
        }
      }
      return alerts;
    }
  }

  /** Every expression of the dashboard's panels and of the alert rules. */
  static List<String> expressions() throws IOException {
    List<String> expressions = new ArrayList<>();
    for (JsonNode panel : dashboard().path("panels")) {
      panel.path("targets").forEach(target -> expressions.add(target.path("expr").asText()));
    }
    alerts().forEach(alert -> expressions.add(alert.expr()));
    return expressions;
  }

  /** The metric names a PromQL expression reads (label matchers, ranges and groupings left out). */
  static Set<String> metricsOf(String expression) {
    String bare =
        expression
            .replaceAll("\\{[^}]*}", " ")
            .replaceAll("\\[[^]]*]", " ")
            .replaceAll("\\b(by|without|on|ignoring)\\s*\\([^)]*\\)", " ")
            .replaceAll("\"[^\"]*\"", " ");
    Set<String> names = new TreeSet<>();
    Matcher matcher = IDENTIFIER.matcher(bare);
    while (matcher.find()) {
      String name = matcher.group(1);
      if (!KEYWORDS.contains(name) && !name.matches("\\d.*")) {
        names.add(name);
      }
    }
    return names;
  }

  /** The metric names a scrape in Prometheus' text format holds. */
  static Set<String> exported(String scrape) {
    Set<String> names = new TreeSet<>();
    for (String line : scrape.split("\n")) {
      if (!line.isBlank() && !line.startsWith("#")) {
        names.add(line.split("[{ ]", 2)[0]);
      }
    }
    return names;
  }
}
