package org.medsoc.localstack;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The dashboard and the alert rules are well formed; that the services export what they query is
 * checked on the running stack (LocalStackIT).
 */
class ObservabilityDefinitionsTest {

  @Test
  @SuppressWarnings("unchecked")
  void every_alert_says_how_long_how_bad_what_happened_and_what_to_do() throws Exception {
    assertThat(ObservabilityDefinitions.alerts())
        .isNotEmpty()
        .allSatisfy(
            alert -> {
              assertThat(alert.name()).startsWith("Medsoc");
              assertThat(alert.rule()).containsKey("for");
              assertThat((Map<String, Object>) alert.rule().get("labels"))
                  .extractingByKey("severity")
                  .isIn("warning", "critical");
              assertThat((Map<String, Object>) alert.rule().get("annotations"))
                  .containsKeys("summary", "action");
              assertThat(ObservabilityDefinitions.metricsOf(alert.expr())).isNotEmpty();
            });
  }

  @Test
  void every_panel_has_its_own_id_and_a_query_over_the_chosen_services() throws Exception {
    JsonNode dashboard = ObservabilityDefinitions.dashboard();
    Set<Integer> ids = new HashSet<>();
    for (JsonNode panel : dashboard.path("panels")) {
      assertThat(ids.add(panel.path("id").asInt())).as("panel ids are unique").isTrue();
      if (!panel.path("type").asText().equals("row")) {
        assertThat(panel.path("targets")).as(panel.path("title").asText()).isNotEmpty();
        panel
            .path("targets")
            .forEach(
                target ->
                    assertThat(target.path("expr").asText())
                        .contains("application=~\"$application\""));
      }
    }
    assertThat(dashboard.at("/templating/list/1/name").asText()).isEqualTo("application");
  }

  @Test
  void metric_names_are_read_from_an_expression_without_its_labels_functions_and_ranges() {
    assertThat(
            ObservabilityDefinitions.metricsOf(
                "histogram_quantile(0.99, sum by (application, le) (rate("
                    + "http_server_requests_seconds_bucket{application=~\"$application\"}"
                    + "[$__rate_interval]))) / on (application) up"))
        .containsExactlyInAnyOrder("http_server_requests_seconds_bucket", "up");
  }
}
