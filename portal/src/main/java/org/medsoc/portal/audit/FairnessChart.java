package org.medsoc.portal.audit;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * One chart per measure (nominated, sponsored, introduced, appointed): for each year, a bar per
 * group (career stage, section or institution), its length scaled to the largest count of the
 * chart. A group too small to show has no bar and says so.
 */
record FairnessChart(String measure, List<Row> rows, long largest) {

  static final List<String> MEASURES = List.of("NOMINATED", "SPONSORED", "INTRODUCED", "APPOINTED");
  static final List<String> STAGES =
      List.of("STUDENT", "RESIDENT", "FELLOW", "ATTENDING", "UNKNOWN");

  /**
   * A year and group: the group as shown, the count (null: too few to show) and the bar's width in
   * percent.
   */
  record Row(int year, String group, Long count, int width) {}

  /**
   * @param label how a group is shown: a career stage by its name, a section by its society's name
   *     for it
   */
  static List<FairnessChart> of(JsonNode counts, java.util.function.UnaryOperator<String> label) {
    Map<String, Map<String, Long>> byMeasure = new LinkedHashMap<>();
    Map<String, Boolean> hidden = new LinkedHashMap<>();
    TreeSet<Integer> years = new TreeSet<>();
    List<String> groups = new ArrayList<>(STAGES);
    for (JsonNode c : counts) {
      String key = c.path("year").asInt() + "/" + c.path("group").asText();
      years.add(c.path("year").asInt());
      if (!groups.contains(c.path("group").asText())) {
        groups.add(c.path("group").asText());
      }
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
        for (String group : groups) {
          String key = year + "/" + group;
          Long count = values.get(key);
          if (count == null && !hidden.containsKey(measure + "/" + key)) {
            continue;
          }
          int width = count == null || largest == 0 ? 0 : (int) Math.max(1, count * 100 / largest);
          rows.add(new Row(year, label.apply(group), count, width));
        }
      }
      charts.add(new FairnessChart(measure, rows, largest));
    }
    return charts;
  }
}
