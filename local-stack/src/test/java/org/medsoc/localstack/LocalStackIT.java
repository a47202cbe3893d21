package org.medsoc.localstack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * Runs the packaged launcher as {@code ./local-stack.sh} does: real PostgreSQL, a real broker
 * process, three service processes. Then stops it as Ctrl-C would and checks that nothing is left.
 */
class LocalStackIT {

  private final HttpClient http = HttpClient.newHttpClient();

  @Test
  void one_command_starts_the_whole_platform_and_stopping_it_leaves_nothing_running()
      throws Exception {
    Path home = Files.createTempDirectory("local-stack-it");
    int postgres = freePort();
    int kafka = freePortPair();
    int identity = freePort();
    int portal = freePort();
    Map<String, Integer> services =
        Map.of(
            "MEMBER_SERVICE_PORT",
            freePort(),
            "COMMITTEE_SERVICE_PORT",
            freePort(),
            "EVENTS_SERVICE_PORT",
            freePort(),
            "AUDIT_SERVICE_PORT",
            freePort(),
            "NOTIFICATION_SERVICE_PORT",
            freePort());
    int smtp = freePort();
    Path output = home.resolve("launcher.out");
    ProcessBuilder builder =
        new ProcessBuilder(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp",
                "target/local-stack.jar" + java.io.File.pathSeparator + "target/lib/*",
                "org.medsoc.localstack.LocalStack")
            .redirectErrorStream(true)
            .redirectOutput(output.toFile());
    builder.environment().remove("POSTGRES_HOST");
    builder.environment().remove("KAFKA_BOOTSTRAP_SERVERS");
    builder.environment().put("LOCAL_STACK_DIR", home.resolve("stack").toString());
    builder.environment().put("LOCAL_POSTGRES_PORT", String.valueOf(postgres));
    builder.environment().put("LOCAL_KAFKA_PORT", String.valueOf(kafka));
    builder.environment().put("LOCAL_IDENTITY_PORT", String.valueOf(identity));
    builder.environment().remove("OIDC_ISSUER_URI");
    builder.environment().put("PORTAL_PORT", String.valueOf(portal));
    builder.environment().put("LOCAL_SMTP_PORT", String.valueOf(smtp));
    builder.environment().remove("SMTP_HOST");
    services.forEach((name, port) -> builder.environment().put(name, String.valueOf(port)));
    TraceCollector traces = new TraceCollector();
    builder.environment().put("MANAGEMENT_OTLP_TRACING_ENDPOINT", traces.endpoint());
    builder.environment().put("TRACING_SAMPLING_PROBABILITY", "1.0");
    builder.environment().put("LOG_FORMAT", "ecs");
    Process launcher = builder.start();
    try (traces) {
      awaitOutput(output, "The platform is up", launcher, Duration.ofMinutes(4));

      for (int port : services.values()) {
        HttpResponse<String> health = get(port, "/actuator/health");
        assertThat(health.statusCode()).isEqualTo(200);
        assertThat(health.body()).contains("\"UP\"");
      }
      String societies = "http://localhost:" + services.get("MEMBER_SERVICE_PORT") + "/societies";
      String body = "{\"name\":\"Society of Hospital Medicine\",\"kind\":\"SPECIALTY\"}";
      HttpResponse<String> anonymous = post(societies, body, null);
      assertThat(anonymous.statusCode()).isEqualTo(401);
      HttpResponse<String> society = post(societies, body, staffToken(home, identity));
      assertThat(society.statusCode()).isEqualTo(201);
      assertTracedAcrossServices(
          traces,
          "http://localhost:" + services.get("MEMBER_SERVICE_PORT"),
          society.body().replaceAll(".*\"societyId\":\"([^\"]+)\".*", "$1"),
          staffToken(home, identity));
      assertThat(Files.readString(output))
          .contains("http://localhost:" + services.get("MEMBER_SERVICE_PORT"))
          .contains("Open http://localhost:" + portal)
          .contains("resident@demo.medsoc.test")
          .contains("made the demo society");
      assertThat(get(portal, "/actuator/health").body()).contains("\"UP\"");
      assertThat(listening(smtp)).as("the demo mail server listens").isTrue();
      assertThat(Files.readString(output))
          .contains("smtp://localhost:" + smtp, home.resolve("stack").resolve("mail").toString());
      // The portal sends a visitor to the issuer's sign-in.
      HttpResponse<String> portalHome = get(portal, "/");
      assertThat(portalHome.statusCode()).isEqualTo(302);
      assertObservable(home, identity, services);
      assertDatabaseRoles(home.resolve("stack/postgres-roles.properties"), postgres);
      assertKafkaAccess(home.resolve("stack/kafka-principals.properties"), "127.0.0.1:" + kafka);
      assertThat(serviceCommandLines(launcher))
          .as("every service maps its class-data archive or writes one when it stops")
          .hasSize(7)
          .allSatisfy(
              command ->
                  assertThat(command)
                      .containsAnyOf("-XX:SharedArchiveFile=", "-XX:ArchiveClassesAtExit="));
    } finally {
      launcher.destroy();
      assertThat(launcher.waitFor(90, TimeUnit.SECONDS)).as("launcher stopped").isTrue();
    }

    assertThat(Files.readString(output)).contains("Stopped.");
    List<String> jsonLines =
        Files.readAllLines(home.resolve("stack/logs/member-service.log")).stream()
            .filter(line -> line.startsWith("{"))
            .toList();
    assertThat(jsonLines).as("with LOG_FORMAT=ecs a service writes JSON lines").isNotEmpty();
    for (String line : jsonLines) {
      com.fasterxml.jackson.databind.JsonNode entry =
          new com.fasterxml.jackson.databind.ObjectMapper().readTree(line);
      String service =
          entry.has("service.name")
              ? entry.path("service.name").asText()
              : entry.at("/service/name").asText();
      assertThat(service).as(line).isEqualTo("member-service");
      assertThat(entry.path("message").isTextual()).as(line).isTrue();
    }
    try (var logs = Files.list(home.resolve("stack/logs"))) {
      for (Path log :
          logs.filter(f -> f.toString().endsWith(".log"))
              .filter(f -> !f.getFileName().toString().startsWith("kafka"))
              .toList()) {
        assertThat(Files.readString(log))
            .as("no service was refused by the broker what it needs (%s)", log.getFileName())
            .doesNotContain("AuthorizationException")
            .doesNotContain("Not authorized");
      }
    }
    for (int port :
        List.of(
            postgres,
            kafka,
            services.get("MEMBER_SERVICE_PORT"),
            services.get("COMMITTEE_SERVICE_PORT"),
            services.get("EVENTS_SERVICE_PORT"),
            services.get("AUDIT_SERVICE_PORT"),
            services.get("NOTIFICATION_SERVICE_PORT"),
            smtp)) {
      assertThat(listening(port)).as("something still listens on " + port).isFalse();
    }
    assertThat(home.resolve("stack/postgres/PG_VERSION")).as("PostgreSQL data kept").exists();
    Path classData = Path.of("target/services/class-data");
    for (String service :
        List.of(
            "member-service",
            "committee-service",
            "events-service",
            "audit-service",
            "notification-service",
            "identity-provider",
            "portal")) {
      assertThat(classData.resolve(service + ".jsa"))
          .as("class-data archive kept")
          .isNotEmptyFile();
    }
    try (var left = Files.list(classData)) {
      assertThat(left.map(Path::toString))
          .as("no archive left half-moved")
          .noneMatch(name -> name.endsWith(".part"));
    }
  }

  /**
   * A request that names its trace (as a portal page's call does) and its correlation id: the
   * member service's span, its published fact's and the consuming services' spans are all in that
   * trace, and the consumers' carry the correlation id.
   */
  private void assertTracedAcrossServices(
      TraceCollector traces, String memberService, String societyId, String token)
      throws Exception {
    String traceId = java.util.HexFormat.of().formatHex(randomBytes(16));
    Map<String, String> headers =
        Map.of(
            "traceparent",
            "00-" + traceId + "-" + java.util.HexFormat.of().formatHex(randomBytes(8)) + "-01",
            "X-Correlation-Id",
            "local-stack-it-" + traceId.substring(0, 8));
    String profile =
        """
        {"profile":{"givenName":"Amara","familyName":"Okafor","degree":"MD",
         "institution":"University Hospital","specialty":"Dermatology",
         "email":"okafor-%s@example.org"},"trainingLevel":"PGY2"}"""
            .formatted(traceId);
    HttpResponse<String> member = post(memberService + "/members", profile, token, headers);
    assertThat(member.statusCode()).as(member.body()).isEqualTo(201);
    assertThat(member.headers().firstValue("X-Correlation-Id"))
        .as("the correlation id is answered")
        .contains(headers.get("X-Correlation-Id"));
    String memberId = member.body().replaceAll(".*\"memberId\":\"([^\"]+)\".*", "$1");
    HttpResponse<String> applied =
        post(
            memberService + "/members/" + memberId + "/memberships",
            "{\"societyId\":\"" + societyId + "\",\"category\":\"RESIDENT_FELLOW_IN_TRAINING\"}",
            token,
            headers);
    assertThat(applied.statusCode()).as(applied.body()).isEqualTo(201);

    long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
    List<TraceCollector.ReceivedSpan> spans = traces.ofTrace(traceId);
    while (System.nanoTime() < deadline && !tracedThroughout(spans)) {
      Thread.sleep(500);
      spans = traces.ofTrace(traceId);
    }
    assertThat(spans)
        .as("the request's span in the member service")
        .anySatisfy(
            span -> {
              assertThat(span.service()).isEqualTo("member-service");
              assertThat(span.kind()).isEqualTo("SPAN_KIND_SERVER");
              assertThat(span.attributes())
                  .containsEntry("correlation.id", headers.get("X-Correlation-Id"));
            });
    assertThat(spans)
        .as("the fact published to Kafka")
        .anySatisfy(
            span -> {
              assertThat(span.service()).isEqualTo("member-service");
              assertThat(span.kind()).isEqualTo("SPAN_KIND_PRODUCER");
              assertThat(span.name()).isEqualTo("publish member.memberships");
            });
    assertThat(spans)
        .as("the facts handled in other services, with the request's correlation id")
        .filteredOn(span -> span.kind().equals("SPAN_KIND_CONSUMER"))
        .filteredOn(span -> !span.service().equals("member-service"))
        .allSatisfy(
            span ->
                assertThat(span.attributes())
                    .containsEntry("correlation.id", headers.get("X-Correlation-Id")))
        .extracting(span -> span.attributes().get("messaging.destination.name"))
        .contains("member.memberships");
  }

  /** Spans arrive in each service's own batches, a few seconds apart. */
  private static boolean tracedThroughout(List<TraceCollector.ReceivedSpan> spans) {
    return spans.stream().anyMatch(span -> span.kind().equals("SPAN_KIND_SERVER"))
        && spans.stream().anyMatch(span -> span.kind().equals("SPAN_KIND_PRODUCER"))
        && spans.stream()
            .anyMatch(
                span ->
                    span.kind().equals("SPAN_KIND_CONSUMER")
                        && !span.service().equals("member-service"));
  }

  private static byte[] randomBytes(int count) {
    byte[] bytes = new byte[count];
    new java.security.SecureRandom().nextBytes(bytes);
    return bytes;
  }

  private static List<String> serviceCommandLines(Process launcher) {
    return launcher
        .toHandle()
        .descendants()
        .map(
            process -> {
              try {
                return Files.readString(Path.of("/proc", String.valueOf(process.pid()), "cmdline"))
                    .replace('\0', ' ');
              } catch (IOException gone) {
                return "";
              }
            })
        .filter(command -> command.contains("class-data/"))
        .toList();
  }

  /** A token for the demo staff login, with the secret the issuer generated on first start. */
  /**
   * Each service signs in as its own role, with its password, to its own database only; events,
   * seals and audit rows are beyond its grants.
   */
  private static void assertDatabaseRoles(Path passwordsFile, int port) throws Exception {
    java.util.Properties passwords = new java.util.Properties();
    try (var in = Files.newInputStream(passwordsFile)) {
      passwords.load(in);
    }
    String server = "jdbc:postgresql://localhost:" + port + "/";
    try (java.sql.Connection members =
            java.sql.DriverManager.getConnection(
                server + "member_service",
                "member_service",
                passwords.getProperty("member_service"));
        java.sql.Statement statement = members.createStatement()) {
      assertThat(sqlState(() -> statement.executeUpdate("UPDATE domainevententry SET type = type")))
          .as("member-service's role changes no event")
          .isEqualTo("42501");
      assertThat(sqlState(() -> statement.executeUpdate("DELETE FROM event_seal")))
          .as("member-service's role removes no seal")
          .isEqualTo("42501");
    }
    try (java.sql.Connection audit =
            java.sql.DriverManager.getConnection(
                server + "audit_service", "audit_service", passwords.getProperty("audit_service"));
        java.sql.Statement statement = audit.createStatement()) {
      assertThat(sqlState(() -> statement.executeUpdate("DELETE FROM audit_action")))
          .as("audit-service's role removes no audit row")
          .isEqualTo("42501");
      assertThat(sqlState(() -> statement.executeUpdate("UPDATE audit_action SET kind = kind")))
          .as("audit-service's role changes no audit row")
          .isEqualTo("42501");
      assertThat(
              sqlState(
                  () ->
                      statement.executeUpdate(
                          "UPDATE audit_action SET reason = '[erased]', detail = detail WHERE false")))
          .as("but it erases a member's words")
          .isEqualTo("accepted");
      assertThat(
              sqlState(
                  () ->
                      statement.executeUpdate(
                          "UPDATE audit_membership_state SET institution = NULL WHERE false")))
          .as("and a member's institution")
          .isEqualTo("accepted");
    }
    assertThat(
            sqlState(
                () ->
                    java.sql.DriverManager.getConnection(
                            server + "audit_service",
                            "member_service",
                            passwords.getProperty("member_service"))
                        .close()))
        .as("member-service's role cannot connect to audit-service's database")
        .isEqualTo("42501");
    assertThat(
            sqlState(
                () ->
                    java.sql.DriverManager.getConnection(
                            server + "member_service", "member_service", "not-its-password")
                        .close()))
        .as("a role signs in with its password")
        .isEqualTo("28P01");
  }

  /**
   * The broker asks every client who it is and lets a service write only the topics it owns and
   * read only those it consumes; no service was refused anything it needs.
   */
  private static void assertKafkaAccess(Path passwordsFile, String bootstrap) throws Exception {
    java.util.Properties passwords = new java.util.Properties();
    try (var in = Files.newInputStream(passwordsFile)) {
      passwords.load(in);
    }
    Map<String, Object> anonymous = new java.util.HashMap<>();
    anonymous.put("bootstrap.servers", bootstrap);
    anonymous.put("default.api.timeout.ms", 5000);
    anonymous.put("request.timeout.ms", 3000);
    try (org.apache.kafka.clients.admin.Admin admin =
        org.apache.kafka.clients.admin.Admin.create(anonymous)) {
      assertThatThrownBy(() -> admin.listTopics().names().get(10, TimeUnit.SECONDS))
          .as("a client without credentials is not answered")
          .isInstanceOfAny(
              java.util.concurrent.TimeoutException.class,
              java.util.concurrent.ExecutionException.class);
    }
    try (org.apache.kafka.clients.admin.Admin admin =
        org.apache.kafka.clients.admin.Admin.create(
            withTimeouts(KafkaAccess.clientProperties(bootstrap, "member-service", "guessed")))) {
      assertThatThrownBy(() -> admin.listTopics().names().get(10, TimeUnit.SECONDS))
          .as("a wrong password is refused")
          .hasCauseInstanceOf(org.apache.kafka.common.errors.SaslAuthenticationException.class);
    }
    Map<String, Object> committee =
        withTimeouts(
            KafkaAccess.clientProperties(
                bootstrap, "committee-service", passwords.getProperty("committee-service")));
    committee.put("key.serializer", org.apache.kafka.common.serialization.StringSerializer.class);
    committee.put("value.serializer", org.apache.kafka.common.serialization.StringSerializer.class);
    committee.put("max.block.ms", 5000);
    try (var producer =
        new org.apache.kafka.clients.producer.KafkaProducer<String, String>(committee)) {
      assertThatThrownBy(
              () ->
                  producer
                      .send(
                          new org.apache.kafka.clients.producer.ProducerRecord<>(
                              "member.memberships",
                              "dr-x",
                              "{\"type\":\"member.MembershipChanged\"}"))
                      .get(10, TimeUnit.SECONDS))
          .as("committee-service cannot forge member-service's membership facts")
          .hasCauseInstanceOf(org.apache.kafka.common.errors.TopicAuthorizationException.class);
    }
    committee.put(
        "key.deserializer", org.apache.kafka.common.serialization.StringDeserializer.class);
    committee.put(
        "value.deserializer", org.apache.kafka.common.serialization.StringDeserializer.class);
    committee.put("group.id", "committee-service.reads-contacts");
    try (var consumer =
        new org.apache.kafka.clients.consumer.KafkaConsumer<String, String>(committee)) {
      consumer.subscribe(List.of("member.contacts"));
      assertThatThrownBy(() -> consumer.poll(Duration.ofSeconds(10)))
          .as("committee-service cannot read the members' contact data")
          .isInstanceOf(org.apache.kafka.common.errors.TopicAuthorizationException.class);
    }
  }

  private static Map<String, Object> withTimeouts(Map<String, Object> properties) {
    Map<String, Object> client = new java.util.HashMap<>(properties);
    client.put("default.api.timeout.ms", 5000);
    client.put("request.timeout.ms", 3000);
    return client;
  }

  private interface Sql {
    void run() throws java.sql.SQLException;
  }

  private static String sqlState(Sql sql) {
    try {
      sql.run();
      return "accepted";
    } catch (java.sql.SQLException refused) {
      return refused.getSQLState();
    }
  }

  /**
   * Every service exports what the dashboard and the alert rules query, to the platform's monitor
   * client and to nobody else: a member is refused, and the monitor may read metrics only.
   */
  private void assertObservable(Path home, int identity, Map<String, Integer> services)
      throws Exception {
    String monitor = clientToken(home, identity, "monitor-demo");
    String member = clientToken(home, identity, "member-demo");
    java.util.Set<String> exported = new java.util.TreeSet<>();
    for (int port : services.values()) {
      HttpResponse<String> scrape = get(port, "/actuator/prometheus", monitor);
      assertThat(scrape.statusCode()).isEqualTo(200);
      exported.addAll(ObservabilityDefinitions.exported(scrape.body()));
      assertThat(get(port, "/actuator/prometheus", member).statusCode()).isEqualTo(403);
    }
    int memberService = services.get("MEMBER_SERVICE_PORT");
    assertThat(get(memberService, "/members", monitor).statusCode())
        .as("the monitor reads metrics, nothing else")
        .isEqualTo(403);
    for (String expression : ObservabilityDefinitions.expressions()) {
      assertThat(exported)
          .as("what the services export, for: " + expression)
          .containsAll(
              ObservabilityDefinitions.metricsOf(expression).stream()
                  .filter(name -> !ObservabilityDefinitions.PROMETHEUS_OWN.contains(name))
                  .toList());
    }
  }

  private String staffToken(Path home, int identityPort) throws Exception {
    return clientToken(home, identityPort, "staff-demo");
  }

  private String clientToken(Path home, int identityPort, String client) throws Exception {
    java.util.Properties secrets = new java.util.Properties();
    try (var in =
        Files.newInputStream(home.resolve("stack/identity/demo-client-secrets.properties"))) {
      secrets.load(in);
    }
    String basic =
        java.util.Base64.getEncoder()
            .encodeToString((client + ":" + secrets.getProperty(client)).getBytes());
    HttpResponse<String> response =
        http.send(
            HttpRequest.newBuilder(URI.create("http://localhost:" + identityPort + "/oauth2/token"))
                .header("Authorization", "Basic " + basic)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("grant_type=client_credentials"))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    assertThat(response.statusCode()).isEqualTo(200);
    return response.body().replaceAll(".*\"access_token\":\"([^\"]+)\".*", "$1");
  }

  private HttpResponse<String> post(String url, String body, String token) throws Exception {
    return post(url, body, token, Map.of());
  }

  private HttpResponse<String> post(
      String url, String body, String token, Map<String, String> headers) throws Exception {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create(url))
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(body));
    if (token != null) {
      request.header("Authorization", "Bearer " + token);
    }
    headers.forEach(request::header);
    return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }

  private HttpResponse<String> get(int port, String path) throws IOException, InterruptedException {
    return get(port, path, null);
  }

  private HttpResponse<String> get(int port, String path, String token)
      throws IOException, InterruptedException {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create("http://localhost:" + port + path));
    if (token != null) {
      request.header("Authorization", "Bearer " + token);
    }
    return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }

  private static void awaitOutput(Path output, String text, Process process, Duration timeout)
      throws Exception {
    long deadline = System.nanoTime() + timeout.toNanos();
    while (System.nanoTime() < deadline) {
      if (Files.exists(output) && Files.readString(output).contains(text)) {
        return;
      }
      if (!process.isAlive()) {
        throw new AssertionError("The launcher exited: " + Files.readString(output));
      }
      process.waitFor(250, TimeUnit.MILLISECONDS);
    }
    throw new AssertionError(
        "No '" + text + "' within " + timeout + ": " + Files.readString(output));
  }

  private static boolean listening(int port) {
    try (Socket socket = new Socket("127.0.0.1", port)) {
      return true;
    } catch (IOException e) {
      return false;
    }
  }

  /** Ports handed out in this run: the system may give a closed one again, we may not. */
  private static final java.util.Set<Integer> GIVEN = new java.util.HashSet<>();

  private static int freePort() throws IOException {
    for (int attempt = 0; attempt < 50; attempt++) {
      try (ServerSocket socket = new ServerSocket(0)) {
        int port = socket.getLocalPort();
        if (GIVEN.add(port) && !GIVEN.contains(port + 1)) {
          return port;
        }
      }
    }
    throw new IllegalStateException("No free port that was not handed out already");
  }

  /** A free port whose successor is free too (the broker's controller listens there). */
  private static int freePortPair() throws IOException {
    for (int attempt = 0; attempt < 50; attempt++) {
      int port = freePort();
      if (port < 65535 && !listening(port + 1)) {
        try (ServerSocket next = new ServerSocket(port + 1)) {
          GIVEN.add(port + 1);
          return port;
        } catch (IOException taken) {
          // try another
        }
      }
    }
    throw new IllegalStateException("No two adjacent free ports");
  }
}
