package org.medsoc.localstack;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;

/**
 * One command, the whole platform: PostgreSQL, a Kafka broker, the issuer, the five services, a
 * mail server whose mails land in a folder, and the portal, each a process of its own as in
 * production, with a demo society on first start. Environment variables point it at an external
 * PostgreSQL ({@code POSTGRES_HOST}) or Kafka ({@code KAFKA_BOOTSTRAP_SERVERS}) instead; the
 * services then run exactly as they would there. Ctrl-C stops everything.
 *
 * <p>The benchmark and the fault drills drive the same class in their own JVM: they stop and start
 * the broker, the database and single service processes of a running stack.
 */
public final class LocalStack {

  private record Service(String name, String database, int port) {}

  private static final List<Service> SERVICES =
      List.of(
          new Service("member-service", "member_service", 8081),
          new Service("committee-service", "committee_service", 8082),
          new Service("events-service", "events_service", 8083),
          new Service("audit-service", "audit_service", 8084),
          new Service("notification-service", "notification_service", 8085));

  private final Path home;
  private final Path logs;
  private boolean durableCommits;
  private final Map<String, Process> processes =
      java.util.Collections.synchronizedMap(new LinkedHashMap<>());
  private final Map<String, String> serviceEnvironment = new LinkedHashMap<>();
  private final ClassDataArchives archives = new ClassDataArchives(servicesFolder());
  private final Map<Process, CompletableFuture<Void>> archiving =
      new java.util.concurrent.ConcurrentHashMap<>();
  private EmbeddedPostgres postgres;
  private KafkaAccess kafkaAccess;
  private DatabaseRoles.Login postgresAdmin;
  private final Map<String, DatabaseRoles.Logins> databaseLogins = new LinkedHashMap<>();
  private DemoMailbox mailbox;

  private int loadTestMembers;

  /** Member logins {@code load-member-1…n} at the development issuer, for load and drills. */
  public LocalStack withLoadTestMembers(int count) {
    this.loadTestMembers = count;
    return this;
  }

  /**
   * Commits wait for their WAL to be flushed (and for a synchronous standby, when one is named), as
   * on a production server: the embedded server's default skips the flush, which loses the last
   * moments of acknowledged commits in a crash. The fault drills run with it.
   */
  public LocalStack withDurableCommits() {
    this.durableCommits = true;
    return this;
  }

  public LocalStack(Path home) throws IOException {
    this.home = home;
    this.logs = Files.createDirectories(home.resolve("logs"));
  }

  public static void main(String[] args) throws Exception {
    long started = System.nanoTime();
    LocalStack stack =
        new LocalStack(Path.of(env("LOCAL_STACK_DIR", ".local-stack")).toAbsolutePath());
    Runtime.getRuntime().addShutdownHook(new Thread(stack::stop, "local-stack-shutdown"));
    try {
      stack.start(started);
    } catch (Exception e) {
      System.err.println("The platform did not start: " + e.getMessage());
      System.err.println("Logs are in " + stack.logs);
      System.exit(1);
    }
    Thread.currentThread().join();
  }

  /** Starts everything and waits until every service is healthy. */
  public void start(long started) throws Exception {
    // What does not wait for another starts at once: the broker and the unpacking of the jars
    // beside the database, then the issuer (its accounts live in the database).
    CompletableFuture<Void> unpacked = unpackServices();
    CompletableFuture<String> kafka =
        CompletableFuture.supplyAsync(
            () -> {
              try {
                return startKafka();
              } catch (IOException | InterruptedException e) {
                throw new IllegalStateException("Kafka did not start: " + e.getMessage(), e);
              }
            });
    serviceEnvironment.putAll(startPostgres());
    unpacked.join();
    serviceEnvironment.put("OIDC_ISSUER_URI", startIdentityProvider());
    serviceEnvironment.put("KAFKA_BOOTSTRAP_SERVERS", kafka.join());
    if (System.getenv("SMTP_HOST") == null) {
      mailbox =
          new DemoMailbox(Integer.parseInt(env("LOCAL_SMTP_PORT", "2525")), home.resolve("mail"));
      serviceEnvironment.putAll(mailbox.start());
    }
    serviceEnvironment.put("PORTAL_URL", portalUrl());
    // Seven pools of ten idle connections are seventy PostgreSQL processes on a laptop; a pool
    // grows to its size under load and shrinks back when idle (production keeps it fixed).
    serviceEnvironment.put("POSTGRES_POOL_MIN_IDLE", env("POSTGRES_POOL_MIN_IDLE", "2"));
    if (System.getenv("EVENT_CHAIN_KEY") == null && System.getenv("EVENT_CHAIN_KEY_FILE") == null) {
      serviceEnvironment.put("EVENT_CHAIN_KEY_FILE", secretFile("event-chain.key").toString());
    }
    if (System.getenv("PERSONAL_DATA_MASTER_KEY") == null
        && System.getenv("PERSONAL_DATA_MASTER_KEY_FILE") == null) {
      serviceEnvironment.put(
          "PERSONAL_DATA_MASTER_KEY_FILE", secretFile("personal-data-master.key").toString());
    }

    List<CompletableFuture<Void>> healthy = new ArrayList<>();
    for (Service service : SERVICES) {
      Map<String, String> environment = new LinkedHashMap<>(serviceEnvironment);
      environment.putAll(databaseLogins.get(service.database()).environment());
      environment.putAll(kafkaEnvironmentOf(service.name()));
      environment.put(
          "PORT",
          env(
              service.name().toUpperCase().replace('-', '_') + "_PORT",
              String.valueOf(service.port())));
      int port = Integer.parseInt(environment.get("PORT"));
      processes.put(
          service.name(), launchService(service.name(), service.name(), environment, false));
      healthy.add(
          CompletableFuture.runAsync(() -> awaitHealthy(service.name(), port, "/actuator/health")));
    }
    // The portal asks the services nothing before someone signs in: it starts beside them.
    startPortal();
    healthy.add(
        CompletableFuture.runAsync(
            () -> awaitHealthy("portal", servicePort("portal", 8080), "/actuator/health")));
    CompletableFuture.allOf(healthy.toArray(CompletableFuture[]::new)).join();
    boolean demo = System.getenv("OIDC_ISSUER_URI") == null;
    if (demo) {
      new DemoSociety(home.resolve("identity"), serviceEnvironment.get("OIDC_ISSUER_URI"))
          .ensure("http://localhost:" + servicePort("member-service", 8081));
    }

    double seconds = (System.nanoTime() - started) / 1e9;
    System.out.printf(
        "%nThe platform is up in %.1f s (logs: %s). Ctrl-C stops it.%n", seconds, logs);
    for (Service service : SERVICES) {
      String port =
          env(
              service.name().toUpperCase().replace('-', '_') + "_PORT",
              String.valueOf(service.port()));
      System.out.printf(
          "  %-18s http://localhost:%s   (OpenAPI: http://localhost:%s/v3/api-docs)%n",
          service.name(), port, port);
    }
    System.out.printf("  %-18s %s%n", "token issuer", serviceEnvironment.get("OIDC_ISSUER_URI"));
    System.out.printf("  %-18s %s%n", "portal", portalUrl());
    System.out.printf("  %-18s %s%n", "kafka", serviceEnvironment.get("KAFKA_BOOTSTRAP_SERVERS"));
    if (mailbox != null) {
      System.out.printf(
          "  %-18s smtp://localhost:%s, every mail saved in %s%n",
          "mail", serviceEnvironment.get("SMTP_PORT"), mailbox.folder());
    }
    System.out.printf(
        "  %-18s %s:%s (user %s)%n%n",
        "postgresql",
        serviceEnvironment.get("POSTGRES_HOST"),
        serviceEnvironment.get("POSTGRES_PORT"),
        postgresAdmin.user());
    if (demo) {
      System.out.printf("%nOpen %s and sign in as one of the demo people:%n", portalUrl());
      DemoSociety.printSignIns(home.resolve("identity"));
      Path secrets = home.resolve("identity").resolve("demo-client-secrets.properties");
      System.out.printf(
          "%nScripts get a token as a machine client (staff-demo, member-demo, auditor-demo,"
              + " monitor-demo for metrics):%n"
              + "  curl -s -u staff-demo:$(grep staff-demo %s | cut -d= -f2)"
              + " -d grant_type=client_credentials %s/oauth2/token%n%n",
          secrets, serviceEnvironment.get("OIDC_ISSUER_URI"));
    }
  }

  /**
   * A 32-byte secret (the event chain's key, the master key of people's keys), made once for this
   * machine and kept beside the databases rather than in them, as production keeps it in a secret
   * store.
   */
  private Path secretFile(String name) throws IOException {
    Path key = home.resolve(name);
    if (!Files.exists(key)) {
      byte[] secret = new byte[32];
      new java.security.SecureRandom().nextBytes(secret);
      Files.createDirectories(home);
      Files.writeString(key, java.util.Base64.getEncoder().encodeToString(secret));
    }
    return key;
  }

  private static int servicePort(String name, int fallback) {
    return Integer.parseInt(
        env(name.toUpperCase().replace('-', '_') + "_PORT", String.valueOf(fallback)));
  }

  private static String portalUrl() {
    return "http://localhost:" + servicePort("portal", 8080);
  }

  /** The portal, the issuer's one browser client, with the secret the issuer generated for it. */
  private void startPortal() throws IOException {
    Map<String, String> environment = new LinkedHashMap<>(serviceEnvironment);
    environment.putAll(databaseLogins.get("portal").environment());
    environment.put("PORT", String.valueOf(servicePort("portal", 8080)));
    for (Service service : SERVICES) {
      environment.put(
          service.name().toUpperCase().replace('-', '_') + "_URL",
          "http://localhost:" + servicePort(service.name(), service.port()));
    }
    String secret = System.getenv("PORTAL_CLIENT_SECRET");
    if (secret == null) {
      java.util.Properties secrets = new java.util.Properties();
      try (var in =
          Files.newInputStream(
              home.resolve("identity").resolve("demo-client-secrets.properties"))) {
        secrets.load(in);
      }
      secret = secrets.getProperty("portal");
    }
    environment.put("PORTAL_CLIENT_SECRET", secret);
    processes.put("portal", launchService("portal", "portal", environment, false));
  }

  /** The development token issuer, unless OIDC_ISSUER_URI names a society's own. */
  private String startIdentityProvider() throws IOException {
    String external = System.getenv("OIDC_ISSUER_URI");
    if (external != null) {
      System.out.println("Using the OpenID Connect issuer at " + external);
      return external;
    }
    int port = Integer.parseInt(env("LOCAL_IDENTITY_PORT", "9000"));
    String issuer = "http://localhost:" + port;
    System.out.println("Starting the development token issuer on port " + port);
    Map<String, String> environment = new LinkedHashMap<>();
    environment.put("PORT", String.valueOf(port));
    environment.put("OIDC_ISSUER_URI", issuer);
    environment.put("IDENTITY_HOME", home.resolve("identity").toString());
    environment.put("PORTAL_URL", portalUrl());
    // The demo society's people, with passwords generated on first start.
    environment.put("SPRING_PROFILES_ACTIVE", "demo");
    for (String name : List.of("POSTGRES_HOST", "POSTGRES_PORT")) {
      environment.put(name, serviceEnvironment.get(name));
    }
    environment.putAll(databaseLogins.get("identity").environment());
    if (loadTestMembers > 0) {
      environment.put("IDENTITY_LOAD_TEST_MEMBERS", String.valueOf(loadTestMembers));
    }
    processes.put(
        "identity-provider",
        launchService("identity-provider", "identity-provider", environment, false));
    awaitHealthy("identity-provider", port, "/health");
    return issuer;
  }

  /**
   * The embedded server, unless POSTGRES_HOST names an external one (and POSTGRES_USER one of its
   * superusers); makes the databases and their roles that are missing ({@link DatabaseRoles}).
   */
  private Map<String, String> startPostgres() throws IOException, SQLException {
    Map<String, String> environment = new LinkedHashMap<>();
    String host = System.getenv("POSTGRES_HOST");
    if (host == null) {
      int port = Integer.parseInt(env("LOCAL_POSTGRES_PORT", "15432"));
      Path data = Files.createDirectories(home.resolve("postgres"));
      System.out.println("Starting PostgreSQL on port " + port + " (data in " + data + ")");
      postgres =
          EmbeddedPostgres.builder()
              .setPort(port)
              .setDataDirectory(data)
              .setCleanDataDirectory(false)
              .setServerConfig("synchronous_commit", durableCommits ? "on" : "off")
              // A server restored from a backup replays its WAL before it lets anyone in.
              .setPGStartupWait(Duration.ofMinutes(2))
              .start();
      environment.put("POSTGRES_HOST", "localhost");
      environment.put("POSTGRES_PORT", String.valueOf(port));
      postgresAdmin = new DatabaseRoles.Login("postgres", "postgres");
      awaitEndOfRecovery();
      signInWithPasswords(data);
    } else {
      System.out.println("Using the PostgreSQL server at " + host);
      environment.put("POSTGRES_HOST", host);
      environment.put("POSTGRES_PORT", env("POSTGRES_PORT", "5432"));
      postgresAdmin =
          new DatabaseRoles.Login(
              env("POSTGRES_USER", "postgres"), env("POSTGRES_PASSWORD", "postgres"));
    }
    DatabaseRoles roles =
        new DatabaseRoles(
            home.resolve("postgres-roles.properties"),
            database ->
                "jdbc:postgresql://%s:%s/%s"
                    .formatted(
                        environment.get("POSTGRES_HOST"),
                        environment.get("POSTGRES_PORT"),
                        database),
            postgresAdmin);
    for (Service service : SERVICES) {
      databaseLogins.put(service.database(), roles.service(service.database()));
    }
    for (String database : List.of("identity", "portal")) {
      databaseLogins.put(database, roles.ownedBy(database));
    }
    return environment;
  }

  /**
   * A server restored from a backup lets readers in while it still replays its archive; the
   * launcher and the services write, so they wait until it has opened for writing.
   */
  private void awaitEndOfRecovery() throws SQLException {
    long deadline = System.nanoTime() + Duration.ofMinutes(5).toNanos();
    try (Connection connection =
            DriverManager.getConnection(postgres.getJdbcUrl("postgres", "postgres"));
        Statement statement = connection.createStatement()) {
      while (true) {
        try (var recovering = statement.executeQuery("SELECT pg_is_in_recovery()")) {
          recovering.next();
          if (!recovering.getBoolean(1)) {
            return;
          }
        }
        if (System.nanoTime() > deadline) {
          throw new IllegalStateException("PostgreSQL is still recovering after 5 minutes");
        }
        try {
          Thread.sleep(200);
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          throw new IllegalStateException(e);
        }
      }
    }
  }

  /**
   * The embedded server trusts every local connection (initdb's {@code -A trust}); from now on only
   * its superuser is trusted on this machine (the launcher, the drills and the benchmark act as its
   * operator) and every other role signs in with its password.
   */
  private void signInWithPasswords(Path data) throws IOException, SQLException {
    Files.writeString(
        data.resolve("pg_hba.conf"),
        String.join(
            "\n",
            "# Written by the local stack (LocalStack.signInWithPasswords).",
            "local all         postgres              trust",
            "host  all         postgres 127.0.0.1/32 trust",
            "host  all         postgres ::1/128      trust",
            "local replication postgres              trust",
            "host  replication postgres 127.0.0.1/32 trust",
            "host  all         all      127.0.0.1/32 scram-sha-256",
            "host  all         all      ::1/128      scram-sha-256",
            ""));
    try (Connection connection =
            DriverManager.getConnection(postgres.getJdbcUrl("postgres", "postgres"));
        Statement statement = connection.createStatement()) {
      statement.execute("SELECT pg_reload_conf()");
    }
  }

  /**
   * A KRaft broker in its own JVM, unless KAFKA_BOOTSTRAP_SERVERS names an external one: clients
   * sign in with SCRAM and are allowed only what {@link KafkaAccess} grants them.
   */
  private String startKafka() throws IOException, InterruptedException {
    String external = System.getenv("KAFKA_BOOTSTRAP_SERVERS");
    if (external != null) {
      System.out.println("Using the Kafka cluster at " + external);
      return external;
    }
    int port = Integer.parseInt(env("LOCAL_KAFKA_PORT", "19092"));
    int controllerPort = port + 1;
    Path kafkaHome = Files.createDirectories(home.resolve("kafka"));
    Path data = kafkaHome.resolve("data");
    Path config = kafkaHome.resolve("server.properties");
    kafkaAccess = new KafkaAccess(home.resolve("kafka-principals.properties"));
    String admin = kafkaAccess.passwordOf(KafkaAccess.ADMIN);
    String plain =
        "org.apache.kafka.common.security.plain.PlainLoginModule required"
            + " username=\"%s\" password=\"%s\" user_%s=\"%s\";"
                .formatted(KafkaAccess.ADMIN, admin, KafkaAccess.ADMIN, admin);
    Files.writeString(
        config,
        String.join(
            "\n",
            "process.roles=broker,controller",
            "node.id=1",
            "controller.quorum.voters=1@127.0.0.1:" + controllerPort,
            "listeners=SASL_PLAINTEXT://127.0.0.1:"
                + port
                + ",CONTROLLER://127.0.0.1:"
                + controllerPort,
            "advertised.listeners=SASL_PLAINTEXT://127.0.0.1:" + port,
            "controller.listener.names=CONTROLLER",
            "listener.security.protocol.map=SASL_PLAINTEXT:SASL_PLAINTEXT,CONTROLLER:SASL_PLAINTEXT",
            "inter.broker.listener.name=SASL_PLAINTEXT",
            // SCRAM for clients and between the broker's own parts; the controller, which must
            // answer before any SCRAM credential can be read, signs in with PLAIN.
            "sasl.enabled.mechanisms=" + KafkaAccess.MECHANISM,
            "sasl.mechanism.inter.broker.protocol=" + KafkaAccess.MECHANISM,
            "listener.name.sasl_plaintext.scram-sha-512.sasl.jaas.config="
                + KafkaAccess.jaas(KafkaAccess.ADMIN, admin),
            "sasl.mechanism.controller.protocol=PLAIN",
            "listener.name.controller.sasl.enabled.mechanisms=PLAIN",
            "listener.name.controller.plain.sasl.jaas.config=" + plain,
            "authorizer.class.name=org.apache.kafka.metadata.authorizer.StandardAuthorizer",
            "super.users=User:" + KafkaAccess.ADMIN,
            "allow.everyone.if.no.acl.found=false",
            "log.dirs=" + data,
            "num.partitions=3",
            "auto.create.topics.enable=false",
            "offsets.topic.replication.factor=1",
            "transaction.state.log.replication.factor=1",
            "transaction.state.log.min.isr=1",
            "group.initial.rebalance.delay.ms=0",
            // The compaction of __consumer_offsets needs little: the default holds 128 MB of heap.
            "log.cleaner.dedupe.buffer.size=8388608",
            ""));
    Path log4j = kafkaHome.resolve("log4j.properties");
    Files.writeString(
        log4j,
        String.join(
            "\n",
            "log4j.rootLogger=WARN, file",
            "log4j.appender.file=org.apache.log4j.FileAppender",
            "log4j.appender.file.File=" + logs.resolve("kafka.log"),
            "log4j.appender.file.layout=org.apache.log4j.PatternLayout",
            "log4j.appender.file.layout.ConversionPattern=%d %p %c - %m%n",
            ""));
    if (!Files.exists(data.resolve("meta.properties"))) {
      Process format =
          launch(
              "kafka-format",
              java(
                  log4j,
                  "kafka.tools.StorageTool",
                  "format",
                  "-t",
                  UUID.randomUUID().toString().replace("-", "").substring(0, 22),
                  "-c",
                  config.toString(),
                  "--add-scram",
                  "%s=[name=%s,password=%s]"
                      .formatted(KafkaAccess.MECHANISM, KafkaAccess.ADMIN, admin)),
              Map.of());
      if (format.waitFor() != 0) {
        throw new IllegalStateException(
            "Formatting Kafka storage failed; see " + logs.resolve("kafka-format.log"));
      }
      Files.writeString(kafkaHome.resolve("admin-credential"), "made at format\n");
    } else if (!Files.exists(kafkaHome.resolve("admin-credential"))) {
      addAdminCredential(kafkaHome, log4j, data, port, controllerPort, admin);
    }
    System.out.println("Starting Kafka on port " + port + " (data in " + data + ")");
    processes.put(
        "kafka", launch("kafka", java(log4j, "kafka.Kafka", config.toString()), Map.of()));
    awaitPort(port, Duration.ofSeconds(60));
    String bootstrap = "127.0.0.1:" + port;
    try {
      kafkaAccess.apply(
          KafkaAccess.clientProperties(bootstrap, KafkaAccess.ADMIN, admin),
          Integer.parseInt(env("KAFKA_PARTITIONS", "3")));
    } catch (java.util.concurrent.ExecutionException e) {
      throw new IllegalStateException(
          "Kafka's principals and grants could not be set: " + e.getCause().getMessage(), e);
    }
    return bootstrap;
  }

  /**
   * A data folder formatted before the broker asked for credentials has no SCRAM credential for its
   * super user, and only a super user could add one: the broker runs once as it used to, without
   * sign-in, long enough to add it.
   */
  private void addAdminCredential(
      Path kafkaHome, Path log4j, Path data, int port, int controllerPort, String admin)
      throws IOException, InterruptedException {
    System.out.println("Adding the Kafka super user's credential to the existing data in " + data);
    Path config = kafkaHome.resolve("server-before-credentials.properties");
    Files.writeString(
        config,
        String.join(
            "\n",
            "process.roles=broker,controller",
            "node.id=1",
            "controller.quorum.voters=1@127.0.0.1:" + controllerPort,
            "listeners=PLAINTEXT://127.0.0.1:" + port + ",CONTROLLER://127.0.0.1:" + controllerPort,
            "advertised.listeners=PLAINTEXT://127.0.0.1:" + port,
            "controller.listener.names=CONTROLLER",
            "listener.security.protocol.map=PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT",
            "inter.broker.listener.name=PLAINTEXT",
            "log.dirs=" + data,
            "offsets.topic.replication.factor=1",
            "transaction.state.log.replication.factor=1",
            "transaction.state.log.min.isr=1",
            ""));
    Process broker = launch("kafka", java(log4j, "kafka.Kafka", config.toString()), Map.of());
    try {
      awaitPort(port, Duration.ofSeconds(60));
      try (org.apache.kafka.clients.admin.Admin plain =
          org.apache.kafka.clients.admin.Admin.create(
              Map.<String, Object>of("bootstrap.servers", "127.0.0.1:" + port))) {
        plain
            .alterUserScramCredentials(
                List.of(
                    new org.apache.kafka.clients.admin.UserScramCredentialUpsertion(
                        KafkaAccess.ADMIN,
                        new org.apache.kafka.clients.admin.ScramCredentialInfo(
                            org.apache.kafka.clients.admin.ScramMechanism.SCRAM_SHA_512, 8192),
                        admin)))
            .all()
            .get();
      } catch (java.util.concurrent.ExecutionException e) {
        throw new IllegalStateException(
            "Could not add the Kafka super user's credential: " + e.getCause().getMessage(), e);
      }
    } finally {
      broker.destroy();
      broker.waitFor();
    }
    Files.delete(config);
    Files.writeString(kafkaHome.resolve("admin-credential"), "added to existing data\n");
  }

  private static List<String> java(Path log4j, String mainClass, String... args) {
    List<String> command =
        new ArrayList<>(
            List.of(
                javaBinary(),
                // A stand-in for the society's Kafka cluster: a small heap that grows when needed,
                // the client compiler only.
                "-Xms32m",
                "-Xmx384m",
                "-XX:+UseSerialGC",
                "-XX:TieredStopAtLevel=1",
                "-Xss512k",
                "-Dlog4j.configuration=file:" + log4j,
                "-cp",
                System.getProperty("java.class.path"),
                mainClass));
    command.addAll(List.of(args));
    return command;
  }

  /** A service's process: its JVM options, its class-data archive, its jar unpacked. */
  private Process launchService(
      String instanceName, String serviceName, Map<String, String> environment, boolean appendLog)
      throws IOException {
    ClassDataArchives.Launch classData = archives.launch(serviceName);
    List<String> command = new ArrayList<>(List.of(javaBinary()));
    command.addAll(serviceJavaOptions());
    command.addAll(classData.options());
    command.addAll(List.of("-jar", archives.unpacked(serviceJar(serviceName)).toString()));
    Process process = launch(instanceName, command, environment, appendLog);
    archiving.put(
        process,
        process
            .onExit()
            .thenAccept(ended -> classData.keep(archives.archive(serviceName), ended.exitValue())));
    return process;
  }

  private static Path serviceJar(String name) {
    Path jar = servicesFolder().resolve(name + ".jar");
    if (!Files.exists(jar)) {
      throw new IllegalStateException(jar + " is missing: build with ./local-stack.sh");
    }
    return jar;
  }

  /** Unpacks every service jar the build renewed, all at once, while the infrastructure starts. */
  private CompletableFuture<Void> unpackServices() {
    List<String> names = new ArrayList<>(List.of("identity-provider", "portal"));
    SERVICES.forEach(service -> names.add(service.name()));
    return CompletableFuture.allOf(
        names.stream()
            .map(name -> CompletableFuture.runAsync(() -> archives.unpacked(serviceJar(name))))
            .toArray(CompletableFuture[]::new));
  }

  /**
   * For a laptop: a quick start and a small footprint (the client compiler only, a serial
   * collector, a heap that starts small and grows when needed, smaller thread stacks and code
   * cache).
   */
  public static final String LAPTOP_JAVA_OPTS =
      "-Xms32m -Xmx384m -XX:TieredStopAtLevel=1 -XX:+UseSerialGC -Xss512k"
          + " -XX:ReservedCodeCacheSize=64m";

  /**
   * For production, as docs/operations.md recommends: both compilers, so that code a service runs
   * all day is compiled at its best; a fixed heap.
   */
  public static final String PRODUCTION_JAVA_OPTS = "-Xms512m -Xmx512m -XX:+UseSerialGC";

  /** The JVM options each service runs with: {@code SERVICE_JAVA_OPTS}, or the laptop's. */
  public static List<String> serviceJavaOptions() {
    return List.of(env("SERVICE_JAVA_OPTS", LAPTOP_JAVA_OPTS).split("\\s+"));
  }

  /** Forgets every service's class-data archive: the next start is as the first after a build. */
  public static void deleteClassDataArchives() throws IOException {
    new ClassDataArchives(servicesFolder()).deleteArchives();
  }

  /** The service jars the build copied next to the launcher's own jar. */
  private static Path servicesFolder() {
    try {
      Path launcherJar =
          Path.of(LocalStack.class.getProtectionDomain().getCodeSource().getLocation().toURI());
      return launcherJar.resolveSibling("services");
    } catch (java.net.URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  private Process launch(String name, List<String> command, Map<String, String> environment)
      throws IOException {
    return launch(name, command, environment, false);
  }

  private Process launch(
      String name, List<String> command, Map<String, String> environment, boolean appendLog)
      throws IOException {
    java.io.File log = logs.resolve(name + ".log").toFile();
    ProcessBuilder builder =
        new ProcessBuilder(command)
            .redirectErrorStream(true)
            .redirectOutput(
                appendLog
                    ? ProcessBuilder.Redirect.appendTo(log)
                    : ProcessBuilder.Redirect.to(log));
    builder.environment().putAll(environment);
    return builder.start();
  }

  private static void awaitHealthy(String name, int port, String path) {
    HttpClient client = HttpClient.newHttpClient();
    HttpRequest request =
        HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
            .timeout(Duration.ofSeconds(2))
            .build();
    long deadline = System.nanoTime() + Duration.ofMinutes(3).toNanos();
    while (System.nanoTime() < deadline) {
      try {
        HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() == 200 && response.body().contains("\"UP\"")) {
          System.out.println("  " + name + " is healthy on port " + port);
          return;
        }
      } catch (IOException e) {
        // not listening yet
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException(e);
      }
      sleep(250);
    }
    throw new IllegalStateException(name + " did not become healthy on port " + port);
  }

  private static void awaitPort(int port, Duration timeout) {
    long deadline = System.nanoTime() + timeout.toNanos();
    while (System.nanoTime() < deadline) {
      try (Socket socket = new Socket()) {
        socket.connect(new InetSocketAddress("127.0.0.1", port), 500);
        return;
      } catch (IOException e) {
        sleep(200);
      }
    }
    throw new IllegalStateException("Nothing listens on port " + port + " after " + timeout);
  }

  /**
   * Starts one more instance of a service (or the named one again after it stopped), sharing the
   * service's database, consumer groups and processor segments, and waits until it is healthy.
   */
  public void startInstance(String serviceName, String instanceName, int port) {
    Map<String, String> environment = new LinkedHashMap<>(serviceEnvironment);
    environment.putAll(databaseLogins.get(serviceName.replace('-', '_')).environment());
    environment.putAll(kafkaEnvironmentOf(serviceName));
    environment.put("PORT", String.valueOf(port));
    try {
      processes.put(instanceName, launchService(instanceName, serviceName, environment, true));
    } catch (IOException e) {
      throw new IllegalStateException("Could not start " + instanceName, e);
    }
    awaitHealthy(instanceName, port, "/actuator/health");
  }

  /** Ends a process at once, as a crash or {@code kill -9} would: no shutdown hook runs. */
  public void kill(String name) throws InterruptedException {
    Process process = processes.remove(name);
    process.destroyForcibly();
    process.waitFor();
    archiving.remove(process);
  }

  /** Stops the Kafka broker process cleanly, as an operator would. */
  public void stopKafka() throws InterruptedException {
    stopProcess(processes.remove("kafka"));
  }

  /** Starts the broker again on its data folder and waits until it listens. */
  public void restartKafka() throws IOException, InterruptedException {
    startKafka();
  }

  /** Stops PostgreSQL (fast shutdown: open connections are cut), keeping its data folder. */
  public void stopPostgres() throws IOException {
    postgres.close();
    postgres = null;
  }

  public void restartPostgres() throws IOException, SQLException {
    startPostgres();
  }

  /** The embedded server's data folder (what a backup restores into). */
  public Path postgresDataDirectory() {
    return home.resolve("postgres");
  }

  public int postgresPort() {
    return Integer.parseInt(serviceEnvironment.get("POSTGRES_PORT"));
  }

  /**
   * The embedded server's disk lost: the server killed without a shutdown (nothing flushed, no
   * checkpoint) and its data folder deleted.
   */
  public void losePostgres() throws IOException {
    Path data = postgresDataDirectory();
    long postmaster = Long.parseLong(Files.readAllLines(data.resolve("postmaster.pid")).get(0));
    ProcessHandle.of(postmaster)
        .ifPresent(
            server -> {
              List<ProcessHandle> children = server.descendants().toList();
              server.destroyForcibly();
              children.forEach(ProcessHandle::destroyForcibly);
              server.onExit().join();
            });
    postgres = null;
    try (var files = Files.walk(data)) {
      for (Path file : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(file);
      }
    }
  }

  public String jdbcUrl(String database) {
    return "jdbc:postgresql://%s:%s/%s"
        .formatted(
            serviceEnvironment.get("POSTGRES_HOST"),
            serviceEnvironment.get("POSTGRES_PORT"),
            database);
  }

  public String kafkaBootstrapServers() {
    return serviceEnvironment.get("KAFKA_BOOTSTRAP_SERVERS");
  }

  /** What a client of the local broker sets to act as its operator (all topics, all groups). */
  public Map<String, Object> kafkaAdminProperties() {
    return kafkaClientProperties(KafkaAccess.ADMIN);
  }

  /** What a client sets to sign in as a user of the local broker (a service, or the operator). */
  public Map<String, Object> kafkaClientProperties(String user) {
    if (kafkaAccess == null) {
      return Map.of("bootstrap.servers", kafkaBootstrapServers());
    }
    return KafkaAccess.clientProperties(
        kafkaBootstrapServers(), user, kafkaAccess.passwordOf(user));
  }

  private Map<String, String> kafkaEnvironmentOf(String service) {
    return kafkaAccess == null ? Map.of() : kafkaAccess.environmentOf(service);
  }

  /** Services first (they drain and close cleanly), then the broker, then the database. */
  public void stop() {
    System.out.println("Stopping the platform...");
    List<Process> services;
    Process kafka;
    synchronized (processes) {
      kafka = processes.remove("kafka");
      services = new ArrayList<>(processes.values());
      processes.clear();
    }
    // All at once: each drains, closes and writes its class-data archive on its own.
    services.forEach(Process::destroy);
    for (Process process : services) {
      try {
        stopProcess(process);
      } catch (InterruptedException e) {
        process.destroyForcibly();
        Thread.currentThread().interrupt();
      }
    }
    if (kafka != null) {
      try {
        stopProcess(kafka);
      } catch (InterruptedException e) {
        kafka.destroyForcibly();
        Thread.currentThread().interrupt();
      }
    }
    if (mailbox != null) {
      mailbox.stop();
    }
    if (postgres != null) {
      try {
        postgres.close();
      } catch (IOException e) {
        System.err.println("PostgreSQL did not stop cleanly: " + e.getMessage());
      }
    }
    System.out.println("Stopped.");
  }

  private void stopProcess(Process process) throws InterruptedException {
    process.destroy();
    // A service that writes its class-data archive as it stops takes a few seconds more.
    if (!process.waitFor(60, java.util.concurrent.TimeUnit.SECONDS)) {
      process.destroyForcibly();
      process.waitFor();
    }
    CompletableFuture<Void> kept = archiving.remove(process);
    if (kept != null) {
      kept.join();
    }
  }

  private static String javaBinary() {
    return Path.of(System.getProperty("java.home"), "bin", "java").toString();
  }

  private static String env(String name, String fallback) {
    String value = System.getenv(name);
    return value == null || value.isBlank() ? fallback : value;
  }

  private static void sleep(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
