package org.medsoc.benchmark.drill;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Every fault drill on the packaged platform, as {@code scripts/fault-drills.sh} runs them: the
 * services as processes, a real PostgreSQL and a Kafka broker process. Each drill must end with
 * every accepted command's events exactly once in the stores and the downstream views.
 */
class FaultDrillsIT {

  @Test
  void the_platform_loses_and_duplicates_nothing_through_every_fault() throws Exception {
    Path home = Files.createTempDirectory("medsoc-drills");

    Map<String, String> results = FaultDrills.run(home, FaultDrills.ALL);

    results.forEach((drill, result) -> System.out.printf("%-11s %s%n", drill, result));
    assertThat(results).containsOnlyKeys(FaultDrills.ALL);
    assertThat(results.values())
        .as("logs in " + home.resolve("logs"))
        .allSatisfy(result -> assertThat(result).startsWith("PASSED"));
  }
}
