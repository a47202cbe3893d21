package org.medsoc.platform.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.medsoc.platform.testing.TestDatabase;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The platform's migrations run as the schema's owner; the service's application role appends
 * events and seals but the database refuses it any change to them, before any trigger is asked.
 */
class ApplicationRoleTest {

  private static final String DATABASE = "application_role_test";
  private static final String INSUFFICIENT_PRIVILEGE = "42501";

  @BeforeAll
  static void migrateAsTheOwner() {
    JdbcTemplate server = new JdbcTemplate(TestDatabase.dataSource());
    server.execute("DROP DATABASE IF EXISTS " + DATABASE);
    server.execute("DROP ROLE IF EXISTS grants_owner");
    server.execute("DROP ROLE IF EXISTS grants_service");
    server.execute("CREATE ROLE grants_owner LOGIN PASSWORD 'owner-secret'");
    server.execute("CREATE ROLE grants_service LOGIN PASSWORD 'service-secret'");
    server.execute("CREATE DATABASE " + DATABASE + " OWNER grants_owner");
    Flyway.configure()
        .dataSource(TestDatabase.url(DATABASE), "grants_owner", "owner-secret")
        .locations("classpath:db/platform")
        .placeholders(Map.of("application_role", "grants_service"))
        .load()
        .migrate();
  }

  private static Connection asTheService() throws SQLException {
    return DriverManager.getConnection(
        TestDatabase.url(DATABASE), "grants_service", "service-secret");
  }

  @Test
  void the_service_appends_an_event_and_reads_it() throws SQLException {
    try (Connection connection = asTheService();
        Statement statement = connection.createStatement()) {
      statement.executeUpdate(appendEvent("agg-1"));

      var read =
          statement.executeQuery(
              "SELECT count(*) FROM domainevententry WHERE aggregateidentifier = 'agg-1'");
      read.next();
      assertThat(read.getInt(1)).isEqualTo(1);
    }
  }

  @Test
  void the_service_may_neither_change_nor_remove_an_event() throws SQLException {
    try (Connection connection = asTheService();
        Statement statement = connection.createStatement()) {
      statement.executeUpdate(appendEvent("agg-2"));

      assertRefused(
          statement,
          "UPDATE domainevententry SET payload = 'x'::bytea"
              + " WHERE aggregateidentifier = 'agg-2'");
      assertRefused(statement, "DELETE FROM domainevententry");
      assertRefused(statement, "TRUNCATE domainevententry");
    }
  }

  @Test
  void the_service_may_not_remove_a_seal_nor_touch_the_migration_history() throws SQLException {
    try (Connection connection = asTheService();
        Statement statement = connection.createStatement()) {
      assertRefused(statement, "DELETE FROM event_seal");
      assertRefused(statement, "DELETE FROM flyway_schema_history");
    }
  }

  @Test
  void the_service_keeps_its_tokens_and_inbox_as_before() throws SQLException {
    try (Connection connection = asTheService();
        Statement statement = connection.createStatement()) {
      statement.executeUpdate(
          "INSERT INTO tokenentry (processorname, segment, owner, timestamp)"
              + " VALUES ('directory', 0, 'node-1', '2027-01-01T00:00:00Z')");
      assertThat(
              statement.executeUpdate(
                  "UPDATE tokenentry SET owner = 'node-2' WHERE processorname = 'directory'"))
          .isEqualTo(1);
      assertThat(statement.executeUpdate("DELETE FROM tokenentry")).isEqualTo(1);
    }
  }

  @Test
  void the_migrations_and_their_grants_run_again_without_change() {
    var again =
        Flyway.configure()
            .dataSource(TestDatabase.url(DATABASE), "grants_owner", "owner-secret")
            .locations("classpath:db/platform")
            .placeholders(Map.of("application_role", "grants_service"))
            .load()
            .migrate();

    assertThat(again.migrationsExecuted).isZero();
    assertThat(again.success).isTrue();
  }

  private static void assertRefused(Statement statement, String sql) {
    assertThatThrownBy(() -> statement.executeUpdate(sql))
        .as(sql)
        .isInstanceOfSatisfying(
            SQLException.class,
            refused -> assertThat(refused.getSQLState()).isEqualTo(INSUFFICIENT_PRIVILEGE));
  }

  private static String appendEvent(String aggregate) {
    return """
        INSERT INTO domainevententry (eventidentifier, aggregateidentifier, sequencenumber, type,
            timestamp, payloadtype, payload)
        VALUES ('%s', '%s', 0, 'Member', '2027-01-01T00:00:00Z', 'MemberApplied', 'x'::bytea)
        """
        .formatted(java.util.UUID.randomUUID(), aggregate);
  }
}
