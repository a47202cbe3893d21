package org.medsoc.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.medsoc.testsupport.TestInfrastructure;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * A large export is streamed: 100,000 actions of about 2 KB each (some 200 MB of CSV) leave a test
 * JVM whose whole heap is capped at 320 MB (see this module's surefire argLine), so an export that
 * gathered its rows or its text in memory could not pass. It also refuses an export beyond the
 * configured size with problem+json.
 */
@SpringBootTest(
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    args = {
      "--spring.config.name=" + AuditServiceApplication.CONFIG_NAME,
      "--audit.export-max-actions=150000"
    })
class AuditExportTest {

  static final int ACTIONS = 100_000;

  @DynamicPropertySource
  static void infrastructure(DynamicPropertyRegistry registry) {
    TestInfrastructure.register(registry, "audit_export");
  }

  @LocalServerPort int port;
  @Autowired DataSource dataSource;

  @Test
  void one_hundred_thousand_actions_stream_out_within_a_capped_heap() throws Exception {
    JdbcTemplate jdbc = new JdbcTemplate(dataSource);
    jdbc.update(
        """
        INSERT INTO audit_action (action_id, occurred_at, kind, step, subject_id, society_id,
            sponsor_id, members, actor, correlation_id, causation_id, reason, detail)
        SELECT gen_random_uuid(), TIMESTAMPTZ '2026-01-01 00:00:00+00' + n * INTERVAL '1 minute',
               'SPONSORSHIP', 'RECOMMENDED', 'sponsorship-' || (n % 1000), 'society-' || (n % 7),
               'sponsor-' || (n % 1000), ARRAY['sponsor-' || (n % 1000), 'protege-' || n],
               'login-' || (n % 1000), 'corr-' || n, 'cause-' || n, repeat('r', 1800),
               jsonb_build_object('n', n)
        FROM generate_series(1, ?) AS n
        """,
        ACTIONS);
    String token =
        TestInfrastructure.identity().token("auditor-export", List.of("AUDITOR"), List.of());
    HttpClient client = HttpClient.newHttpClient();

    long started = System.nanoTime();
    HttpResponse<InputStream> response =
        client.send(
            HttpRequest.newBuilder(
                    URI.create(
                        "http://localhost:"
                            + port
                            + "/audit/actions/export?from=2026-01-01&to=2026-12-31&format=csv"))
                .header("Authorization", "Bearer " + token)
                .build(),
            HttpResponse.BodyHandlers.ofInputStream());
    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.headers().firstValue("X-Audit-Actions")).hasValue(String.valueOf(ACTIONS));
    long lines = 0;
    long bytes = 0;
    byte[] buffer = new byte[64 * 1024];
    try (InputStream body = response.body()) {
      for (int read = body.read(buffer); read >= 0; read = body.read(buffer)) {
        bytes += read;
        for (int i = 0; i < read; i++) {
          if (buffer[i] == '\n') {
            lines++;
          }
        }
      }
    }
    double seconds = (System.nanoTime() - started) / 1e9;
    assertThat(lines).isEqualTo(ACTIONS + 1);
    assertThat(bytes).isGreaterThan(180L * 1024 * 1024);
    System.out.printf(
        "Audit export: %d actions, %d MB of CSV in %.1f s: %.0f actions/s (max heap %d MB)%n",
        ACTIONS,
        bytes / (1024 * 1024),
        seconds,
        ACTIONS / seconds,
        Runtime.getRuntime().maxMemory() / (1024 * 1024));

    // The same actions as JSON stream too; the client counts the bytes and keeps none.
    HttpResponse<InputStream> json =
        client.send(
            HttpRequest.newBuilder(
                    URI.create(
                        "http://localhost:"
                            + port
                            + "/audit/actions/export?from=2025-01-01&to=2027-12-31&format=json"))
                .header("Authorization", "Bearer " + token)
                .build(),
            HttpResponse.BodyHandlers.ofInputStream());
    assertThat(json.statusCode()).isEqualTo(200);
    long jsonBytes = 0;
    try (InputStream body = json.body()) {
      for (int read = body.read(buffer); read >= 0; read = body.read(buffer)) {
        jsonBytes += read;
      }
    }
    assertThat(jsonBytes).isGreaterThan(bytes);

    // Two slow downloads hold the two exports the audit streams at once; a third waits its turn
    // with 503 and Retry-After, and the audit's questions still answer meanwhile.
    URI export =
        URI.create(
            "http://localhost:"
                + port
                + "/audit/actions/export?from=2026-01-01&to=2026-12-31&format=csv");
    List<InputStream> slow = new java.util.ArrayList<>();
    for (int i = 0; i < 2; i++) {
      HttpResponse<InputStream> held =
          client.send(
              HttpRequest.newBuilder(export).header("Authorization", "Bearer " + token).build(),
              HttpResponse.BodyHandlers.ofInputStream());
      assertThat(held.statusCode()).isEqualTo(200);
      assertThat(held.body().read(buffer)).isPositive();
      slow.add(held.body());
    }
    HttpResponse<String> third =
        client.send(
            HttpRequest.newBuilder(export).header("Authorization", "Bearer " + token).build(),
            HttpResponse.BodyHandlers.ofString());
    assertThat(third.statusCode()).isEqualTo(503);
    assertThat(third.headers().firstValue("Retry-After")).isPresent();
    assertThat(third.headers().firstValue("Content-Type"))
        .hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
    HttpResponse<String> question =
        client.send(
            HttpRequest.newBuilder(
                    URI.create("http://localhost:" + port + "/audit/members/protege-1/timeline"))
                .header("Authorization", "Bearer " + token)
                .build(),
            HttpResponse.BodyHandlers.ofString());
    assertThat(question.statusCode()).isEqualTo(200);
    for (InputStream held : slow) {
      held.close();
    }
    org.awaitility.Awaitility.await()
        .atMost(java.time.Duration.ofSeconds(60))
        .until(
            () -> {
              HttpResponse<InputStream> again =
                  client.send(
                      HttpRequest.newBuilder(export)
                          .header("Authorization", "Bearer " + token)
                          .build(),
                      HttpResponse.BodyHandlers.ofInputStream());
              again.body().close();
              return again.statusCode() == 200;
            });

    jdbc.update(
        """
        INSERT INTO audit_action (action_id, occurred_at, kind, step, subject_id, members, detail)
        SELECT gen_random_uuid(), TIMESTAMPTZ '2027-01-01 00:00:00+00' + n * INTERVAL '1 minute',
               'SPONSORSHIP', 'RECOMMENDED', 's', ARRAY['x'], '{}'::jsonb
        FROM generate_series(1, 60000) AS n
        """);
    HttpResponse<String> beyond =
        client.send(
            HttpRequest.newBuilder(
                    URI.create(
                        "http://localhost:"
                            + port
                            + "/audit/actions/export?from=2025-01-01&to=2027-12-31&format=json"))
                .header("Authorization", "Bearer " + token)
                .build(),
            HttpResponse.BodyHandlers.ofString());
    assertThat(beyond.statusCode()).isEqualTo(400);
    assertThat(beyond.headers().firstValue("Content-Type"))
        .hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
    assertThat(beyond.body()).contains("at most 150000");
  }
}
