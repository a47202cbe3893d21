package org.medsoc.testsupport;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.medsoc.identity.IdentityProviderApplication;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.kafka.test.EmbeddedKafkaKraftBroker;
import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * One real PostgreSQL server and one real KRaft Kafka broker per test JVM, started on first use and
 * stopped when the JVM exits. Each application context gets a database of its own, so tests never
 * see each other's events.
 */
public final class TestInfrastructure {

  private static final AtomicInteger databases = new AtomicInteger();
  private static EmbeddedPostgres postgres;
  private static EmbeddedKafkaKraftBroker kafka;
  private static TestIdentity identity;

  private TestInfrastructure() {}

  public static synchronized EmbeddedPostgres postgres() {
    if (postgres == null) {
      try {
        postgres = EmbeddedPostgres.builder().start();
      } catch (IOException e) {
        throw new UncheckedIOException("Cannot start embedded PostgreSQL", e);
      }
      EmbeddedPostgres started = postgres;
      Runtime.getRuntime()
          .addShutdownHook(
              new Thread(() -> afterSpringContextsClosed(() -> closeQuietly(started))));
    }
    return postgres;
  }

  public static synchronized String kafkaBootstrapServers() {
    if (kafka == null) {
      kafka = new EmbeddedKafkaKraftBroker(1, 3);
      kafka.brokerProperties(Map.of("auto.create.topics.enable", "false"));
      kafka.afterPropertiesSet();
      EmbeddedKafkaKraftBroker started = kafka;
      Runtime.getRuntime()
          .addShutdownHook(new Thread(() -> afterSpringContextsClosed(started::destroy)));
    }
    return kafka.getBrokersAsString();
  }

  /** The development token issuer, started once per test JVM on a free port. */
  public static synchronized TestIdentity identity() {
    if (identity == null) {
      try {
        int port;
        try (java.net.ServerSocket socket = new java.net.ServerSocket(0)) {
          port = socket.getLocalPort();
        }
        String issuer = "http://localhost:" + port;
        java.nio.file.Path home = java.nio.file.Files.createTempDirectory("identity");
        String database = newDatabase("identity");
        identity =
            new TestIdentity(
                IdentityProviderApplication.application()
                    .run(
                        "--server.port=" + port,
                        "--identity.issuer=" + issuer,
                        "--identity.home=" + home,
                        "--spring.datasource.url=" + database,
                        "--spring.datasource.username=postgres",
                        "--spring.datasource.password=postgres",
                        // The portal a test starts runs on a port of its own choosing.
                        "--identity.portal.url=http://localhost:" + portalPort(),
                        "--spring.application.name=identity-provider"),
                issuer);
      } catch (IOException e) {
        throw new UncheckedIOException("Cannot start the token issuer", e);
      }
    }
    return identity;
  }

  private static int portalPort;

  /** The port a portal started by a test listens on, chosen before the issuer starts. */
  public static synchronized int portalPort() {
    if (portalPort == 0) {
      try (java.net.ServerSocket socket = new java.net.ServerSocket(0)) {
        portalPort = socket.getLocalPort();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return portalPort;
  }

  /** Creates an empty database and returns its JDBC URL. */
  public static String newDatabase(String prefix) {
    String name = prefix.replaceAll("[^a-z0-9_]", "_") + "_" + databases.incrementAndGet();
    try (Connection connection = postgres().getPostgresDatabase().getConnection();
        Statement statement = connection.createStatement()) {
      statement.execute("CREATE DATABASE " + name);
    } catch (SQLException e) {
      throw new IllegalStateException("Cannot create database " + name, e);
    }
    return postgres().getJdbcUrl("postgres", name);
  }

  /**
   * A fresh database with the platform's and this service's tables, for a test of one class that
   * keeps its own rows (a publisher's memory) without starting the service.
   */
  public static DataSource migratedDatabase(String service) {
    DriverManagerDataSource database =
        new DriverManagerDataSource(newDatabase(service.replace('-', '_')), "postgres", "postgres");
    Flyway.configure()
        .dataSource(database)
        .locations("classpath:db/platform", "classpath:db/" + service)
        .outOfOrder(true)
        // One role for the migrations and the test: the grants callback has nothing to grant.
        .placeholders(Map.of("application_role", "postgres"))
        .load()
        .migrate();
    return database;
  }

  /** Properties that point a service at the shared broker and at a fresh database of its own. */
  public static Map<String, Object> serviceProperties(String service) {
    String database = newDatabase(service);
    return Map.of(
        "spring.datasource.url",
        database,
        "spring.datasource.username",
        "postgres",
        "spring.datasource.password",
        "postgres",
        "spring.kafka.bootstrap-servers",
        kafkaBootstrapServers(),
        "platform.security.issuer-uri",
        identity().issuerUri(),
        // Each application context of the JVM is a deployment of its own: its own consumer groups.
        "platform.kafka.consumer-group-prefix",
        database.replaceAll(".*/([^/?]+).*", "$1"),
        "db-scheduler.polling-interval",
        "500ms");
  }

  /**
   * Shutdown hooks run at once; stopping the servers while the cached Spring contexts still close
   * their pools and producers leaves those waiting for a dead server (up to Kafka's 30 s close
   * timeout). So the servers wait for Spring Boot's shutdown hook to finish first.
   */
  private static void afterSpringContextsClosed(Runnable stop) {
    Thread.getAllStackTraces().keySet().stream()
        .filter(thread -> thread.getName().equals("SpringApplicationShutdownHook"))
        .filter(thread -> thread != Thread.currentThread())
        .forEach(
            thread -> {
              try {
                thread.join(20_000);
              } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
              }
            });
    stop.run();
  }

  private static void closeQuietly(EmbeddedPostgres server) {
    try {
      server.close();
    } catch (IOException ignored) {
      // the JVM is exiting; the server process dies with it
    }
  }

  /** Properties as command-line arguments, which override every configuration file. */
  public static String[] asArguments(Map<String, Object> properties) {
    return properties.entrySet().stream()
        .map(entry -> "--" + entry.getKey() + "=" + entry.getValue())
        .toArray(String[]::new);
  }

  /** Points the application context under test at the shared broker and a fresh database. */
  public static void register(DynamicPropertyRegistry registry, String service) {
    serviceProperties(service).forEach((key, value) -> registry.add(key, () -> value));
  }
}
