package org.medsoc.benchmark;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The simplest Axon command path on the same stack, as the platform's yardstick: the
 * framework-baseline application (REST → command → event-sourced aggregate → Axon's JDBC event
 * store on the stack's PostgreSQL; no tokens, Kafka, projections, sealing or encryption), run with
 * the services' JVM options and driven like the portal mix: clients each enrolling someone and
 * taking six steps of theirs, seven commands an iteration, one of them creating an aggregate.
 */
final class FrameworkBaseline {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final int PORT = 8090;
  private static final int STEPS = 6;

  private final List<String> javaOptions;

  FrameworkBaseline(List<String> javaOptions) {
    this.javaOptions = javaOptions;
  }

  private final HttpClient http =
      HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

  /** Commands per second that {@code clients} get through in {@code phase}, after a warm-up. */
  double commandsPerSecond(Path home, int clients, Duration phase) throws Exception {
    createDatabase();
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.addAll(javaOptions);
    command.addAll(List.of("-jar", "framework-baseline/target/framework-baseline-exec.jar"));
    ProcessBuilder builder =
        new ProcessBuilder(command)
            .redirectErrorStream(true)
            .redirectOutput(home.resolve("framework-baseline.log").toFile());
    builder.environment().put("POSTGRES_PORT", "15432");
    builder.environment().put("PORT", String.valueOf(PORT));
    Process baseline = builder.start();
    try {
      awaitUp(baseline, home);
      drive(clients, Duration.ofSeconds(Math.min(10, phase.toSeconds())));
      return drive(clients, phase) / (double) phase.toSeconds();
    } finally {
      baseline.destroy();
      baseline.waitFor(30, TimeUnit.SECONDS);
    }
  }

  private static void createDatabase() throws Exception {
    try (Connection c =
            DriverManager.getConnection(
                "jdbc:postgresql://localhost:15432/postgres", "postgres", "postgres");
        Statement s = c.createStatement();
        ResultSet exists =
            s.executeQuery("SELECT 1 FROM pg_database WHERE datname = 'framework_baseline'")) {
      if (!exists.next()) {
        s.execute("CREATE DATABASE framework_baseline");
      }
    }
  }

  private void awaitUp(Process baseline, Path home) throws Exception {
    long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(2);
    while (System.nanoTime() < deadline) {
      if (!baseline.isAlive()) {
        throw new IllegalStateException(
            "The framework baseline stopped:\n"
                + Files.readString(home.resolve("framework-baseline.log")));
      }
      try {
        enrol();
        return;
      } catch (IOException notYet) {
        Thread.sleep(250);
      }
    }
    throw new IllegalStateException("The framework baseline did not start");
  }

  private long drive(int clients, Duration phase) throws Exception {
    AtomicLong accepted = new AtomicLong();
    long end = System.nanoTime() + phase.toNanos();
    ExecutorService pool = Executors.newFixedThreadPool(clients);
    for (int t = 0; t < clients; t++) {
      pool.submit(
          () -> {
            while (System.nanoTime() < end) {
              String id = enrol();
              accepted.incrementAndGet();
              for (int step = 1; step <= STEPS && System.nanoTime() < end; step++) {
                post("/enrolments/" + id + "/steps", "{\"step\":" + step + "}", 204);
                accepted.incrementAndGet();
              }
            }
            return null;
          });
    }
    pool.shutdown();
    pool.awaitTermination(phase.toSeconds() + 60, TimeUnit.SECONDS);
    return accepted.get();
  }

  private String enrol() throws IOException, InterruptedException {
    JsonNode answer = JSON.readTree(post("/enrolments", "{\"name\":\"Bench Mark\"}", 201));
    return answer.path("enrolmentId").asText();
  }

  private String post(String path, String body, int expected)
      throws IOException, InterruptedException {
    HttpResponse<String> response =
        http.send(
            HttpRequest.newBuilder(URI.create("http://localhost:" + PORT + path))
                .timeout(Duration.ofSeconds(20))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    if (response.statusCode() != expected) {
      throw new IllegalStateException(path + " answered " + response.statusCode());
    }
    return response.body();
  }
}
