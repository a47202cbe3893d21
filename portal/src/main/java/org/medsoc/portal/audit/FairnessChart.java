package org.medsoc.portal.audit;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * One chart per measure (nominated, sponsored, introduced, appointed): for each year, a bar per
 * career stage, its length scaled to the largest count of the chart. A group too small to show has
 * no bar and says so.
 */
record FairnessChart(String measure, List<Row> rows, long largest) {

  static final List<String> MEASURES = List.of("NOMINATED", "SPONSORED", "INTRODUCED", "APPOINTED");
  static final List<String> STAGES =
      List.of("STUDENT", "RESIDENT", "FELLOW", "ATTENDING", "UNKNOWN");

  /** A year and career stage: the count (null: too few to show) and the bar's width in percent. */
  record Row(int year, String careerStage, Long count, int width) {}

  static List<FairnessChart> of(JsonNode counts) {
    Map<String, Map<String, Long>> byMeasure = new LinkedHashMap<>();
    Map<String, Boolean> hidden = new LinkedHashMap<>();
    TreeSet<Integer> years = new TreeSet<>();
    for (JsonNode c : counts) {
      String key = c.path("year").asInt() + "/" + c.path("careerStage").asText();
      years.add(c.path("year").asInt());
      if (c.path("count").isNumber()) {
        byMeasure
            .computeIfAbsent(c.path("measure").asText(), m -> new LinkedHashMap<>())
            .put(key, c.path("count").asLong());
      } else {
        hidden.put(c.path("measure").asText() + "/" + key, true);
      }
    }
    List<FairnessChart> charts = new ArrayList<>();
    for (String measure : MEASURES) {
      Map<String, Long> values = byMeasure.getOrDefault(measure, Map.of());
      long largest = values.values().stream().mapToLong(Long::longValue).max().orElse(0);
      List<Row> rows = new ArrayList<>();
      for (int year : years) {
        for (String stage : STAGES) {
          String key = year + "/" + stage;
          Long count = values.get(key);
          if (count == null && !hidden.containsKey(measure + "/" + key)) {
            continue;
          }
          int width = count == null || largest == 0 ? 0 : (int) Math.max(1, count * 100 / largest);
          rows.add(new Row(year, stage, count, width));
        }
      }
      charts.add(new FairnessChart(measure, rows, largest));
    }
    return charts;
  }
}
