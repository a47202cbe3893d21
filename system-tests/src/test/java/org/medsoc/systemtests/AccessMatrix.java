package org.medsoc.systemtests;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** {@code authorization-matrix.csv}: who may call each endpoint of each service. */
final class AccessMatrix {

  record Rule(String service, String method, String path, Map<String, Boolean> allowed) {
    String key() {
      return service + " " + method + " " + path;
    }
  }

  static final List<String> PERSONAS =
      List.of(
          "anonymous",
          "platform-staff",
          "society-staff",
          "other-staff",
          "owner",
          "member",
          "chair",
          "auditor",
          "other-chair",
          "candidate-chair",
          "monitor");

  private AccessMatrix() {}

  static List<Rule> rules() throws IOException {
    try (InputStream in = AccessMatrix.class.getResourceAsStream("/authorization-matrix.csv")) {
      List<String> lines =
          new String(in.readAllBytes(), StandardCharsets.UTF_8)
              .lines()
              .filter(line -> !line.isBlank() && !line.startsWith("#"))
              .toList();
      List<String> header = List.of(lines.get(0).split(","));
      assertThat(header.subList(3, header.size())).containsExactlyElementsOf(PERSONAS);
      List<Rule> rules = new ArrayList<>();
      for (String line : lines.subList(1, lines.size())) {
        String[] cells = line.split(",");
        Map<String, Boolean> allowed = new LinkedHashMap<>();
        for (int i = 0; i < PERSONAS.size(); i++) {
          String cell = cells[3 + i].trim();
          assertThat(cell).as(line).isIn("allow", "deny");
          allowed.put(PERSONAS.get(i), cell.equals("allow"));
        }
        rules.add(new Rule(cells[0], cells[1], cells[2], allowed));
      }
      return rules;
    }
  }
}
