package org.medsoc.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.IntSupplier;
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
 * The audit's figures, measured over HTTP on real PostgreSQL (not a test: it asserts only that the
 * answers are complete, and prints the times). Run it with:
 *
 * <pre>./mvnw -B -q install -DskipTests && ./mvnw -B -pl audit-service test -Dtest=AuditBenchmark
 * </pre>
 *
 * <p>The store holds 210,000 actions: 10,000 of one member, 200,000 of 2,000 others, and 20,000
 * appointments in 2,000 committees, half of them from nominations.
 */
@SpringBootTest(
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    args = "--spring.config.name=" + AuditServiceApplication.CONFIG_NAME)
class AuditBenchmark {

  @DynamicPropertySource
  static void infrastructure(DynamicPropertyRegistry registry) {
    TestInfrastructure.register(registry, "audit_benchmark");
  }

  @LocalServerPort int port;
  @Autowired DataSource dataSource;

  private final HttpClient client = HttpClient.newHttpClient();
  private String token;

  @Test
  void measure() throws Exception {
    JdbcTemplate jdbc = new JdbcTemplate(dataSource);
    jdbc.update(
        """
        INSERT INTO audit_action (action_id, occurred_at, kind, step, subject_id, society_id,
            sponsor_id, members, actor, correlation_id, causation_id, reason, detail)
        SELECT gen_random_uuid(), TIMESTAMPTZ '2026-01-01 00:00:00+00' + n * INTERVAL '1 minute',
               'SPONSORSHIP', 'RECOMMENDED', 'sponsorship-' || (n % 5000), 'society-1',
               CASE WHEN n <= 10000 THEN 'busy-sponsor' ELSE 'sponsor-' || (n % 2000) END,
               CASE WHEN n <= 10000 THEN ARRAY['busy-sponsor', 'protege-' || n]
                    ELSE ARRAY['sponsor-' || (n % 2000), 'protege-' || n] END,
               'login-' || (n % 2000), 'corr-' || n, 'cause-' || n, 'a stated reason of some length',
               jsonb_build_object('n', n, 'target', 'Education Committee')
        FROM generate_series(1, 210000) AS n
        """);
    jdbc.update(
        """
        INSERT INTO audit_nomination (nomination_id, call_id, committee_id, society_id, purpose, title,
            nominator_id, nominee_id, status, submitted_at, version)
        SELECT 'nomination-' || n, 'call-' || (n % 2000), 'committee-' || (n % 2000), 'society-1',
               'COMMITTEE_SEAT', 'Seat', 'sponsor-' || (n % 2000), 'member-' || n, 'SELECTED',
               TIMESTAMPTZ '2026-01-01 00:00:00+00', 1
        FROM generate_series(1, 10000) AS n
        """);
    jdbc.update(
        """
        INSERT INTO audit_appointment (appointment_id, committee_id, committee_name, society_id,
            member_id, role, term_start, term_end, submission_id, appointed_by, version)
        SELECT 'appointment-' || n, 'committee-' || (n % 2000), 'Committee', 'society-1',
               'member-' || n, 'MEMBER', DATE '2026-01-01' + (n % 700), DATE '2027-01-01' + (n % 700),
               CASE WHEN n <= 10000 THEN 'nomination-' || n END, 'staff', 1
        FROM generate_series(1, 20000) AS n
        """);
    jdbc.execute("ANALYZE");
    token = TestInfrastructure.identity().token("auditor-bench", List.of("AUDITOR"), List.of());

    // Warm up the JIT and the caches, then measure.
    for (int i = 0; i < 20; i++) {
      get("/audit/committees/committee-" + i + "/roster?asOf=2026-09-01");
    }
    List<Long> roster = new ArrayList<>();
    for (int i = 0; i < 200; i++) {
      int committee = i * 7 % 2000;
      roster.add(
          time(
              () -> {
                String body =
                    get("/audit/committees/committee-" + committee + "/roster?asOf=2026-09-01");
                return body.length();
              }));
    }
    List<Long> timeline = new ArrayList<>();
    for (int i = 0; i < 5; i++) {
      timeline.add(
          time(
              () -> {
                int actions = 0;
                for (int page = 0; ; page++) {
                  String body = get("/audit/members/busy-sponsor/timeline?size=500&page=" + page);
                  actions += count(body, "\"actionId\"");
                  if (!body.contains("\"hasMore\":true")) {
                    assertThat(actions).isEqualTo(10_000);
                    return actions;
                  }
                }
              }));
    }
    long firstPage = time(() -> get("/audit/members/busy-sponsor/timeline?size=100").length());
    long exportStarted = System.nanoTime();
    long lines = export();
    double exportSeconds = (System.nanoTime() - exportStarted) / 1e9;
    assertThat(lines).isEqualTo(210_001);

    System.out.printf(
        "%nAudit benchmark (210,000 actions, 20,000 appointments in 2,000 committees):%n"
            + "  as-of roster with nominators: p50 %.1f ms, p99 %.1f ms (200 questions)%n"
            + "  full timeline of a member with 10,000 actions (20 pages of 500): p50 %.0f ms%n"
            + "  first page (100) of that timeline: %.1f ms%n"
            + "  CSV export: %d actions in %.1f s = %.0f actions/s%n",
        percentile(roster, 50) / 1e6,
        percentile(roster, 99) / 1e6,
        percentile(timeline, 50) / 1e6,
        firstPage / 1e6,
        lines - 1,
        exportSeconds,
        (lines - 1) / exportSeconds);
  }

  private String get(String path) {
    try {
      HttpResponse<String> response =
          client.send(
              HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                  .header("Authorization", "Bearer " + token)
                  .build(),
              HttpResponse.BodyHandlers.ofString());
      assertThat(response.statusCode()).as(path).isEqualTo(200);
      return response.body();
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  private long export() throws Exception {
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
    long lines = 0;
    byte[] buffer = new byte[64 * 1024];
    try (InputStream body = response.body()) {
      for (int read = body.read(buffer); read >= 0; read = body.read(buffer)) {
        for (int i = 0; i < read; i++) {
          if (buffer[i] == '\n') {
            lines++;
          }
        }
      }
    }
    return lines;
  }

  private static long time(IntSupplier work) {
    long started = System.nanoTime();
    work.getAsInt();
    return System.nanoTime() - started;
  }

  private static int count(String text, String needle) {
    int count = 0;
    for (int i = text.indexOf(needle); i >= 0; i = text.indexOf(needle, i + 1)) {
      count++;
    }
    return count;
  }

  private static double percentile(List<Long> values, int percentile) {
    List<Long> sorted = new ArrayList<>(values);
    Collections.sort(sorted);
    int index = (int) Math.ceil(percentile / 100.0 * sorted.size()) - 1;
    return sorted.get(Math.max(0, index));
  }
}
