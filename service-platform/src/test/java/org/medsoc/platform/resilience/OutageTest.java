package org.medsoc.platform.resilience;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import org.axonframework.eventsourcing.eventstore.EventStoreException;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.kafka.listener.ListenerExecutionFailedException;
import org.springframework.transaction.CannotCreateTransactionException;

class OutageTest {

  @Test
  void a_pool_that_cannot_reach_the_database_is_an_outage_however_deeply_wrapped() {
    SQLTransientConnectionException hikari =
        new SQLTransientConnectionException("Connection is not available");
    Exception transaction =
        new CannotCreateTransactionException(
            "Could not open JDBC Connection",
            new CannotGetJdbcConnectionException("no connection", hikari));

    assertThat(Outage.isOutage(new ListenerExecutionFailedException("listener", transaction)))
        .isTrue();
  }

  @Test
  void a_connection_lost_during_the_commit_leaves_the_outcome_in_doubt_and_elsewhere_not() {
    SQLException broken = new SQLException("An I/O error occurred", "08006");
    Exception atCommit =
        new org.springframework.dao.DataAccessResourceFailureException(
            "JDBC commit; An I/O error occurred", broken);
    Exception atStatement =
        new org.springframework.dao.DataAccessResourceFailureException(
            "PreparedStatementCallback; An I/O error occurred", broken);

    assertThat(Outage.isOutage(atCommit)).isTrue();
    assertThat(Outage.inDoubt(new CommandExecutionFailure(atCommit))).isTrue();
    assertThat(Outage.isOutage(atStatement)).isTrue();
    assertThat(Outage.inDoubt(atStatement)).isFalse();
  }

  private static final class CommandExecutionFailure extends RuntimeException {
    CommandExecutionFailure(Throwable cause) {
      super("command failed", cause);
    }
  }

  @Test
  void postgresql_shutting_down_or_a_broken_connection_is_an_outage() {
    assertThat(Outage.isOutage(new EventStoreException("append", new SQLException("x", "57P01"))))
        .isTrue();
    assertThat(Outage.isOutage(new SQLException("I/O error", "08006"))).isTrue();
    assertThat(
            Outage.isOutage(
                new org.axonframework.common.jdbc.JdbcException(
                    "Failed to create a SQL statement", new SQLException("Connection is closed"))))
        .isTrue();
  }

  @Test
  void a_constraint_violation_or_a_bad_record_is_not_an_outage() {
    assertThat(Outage.isOutage(new SQLException("duplicate key", "23505"))).isFalse();
    assertThat(Outage.isOutage(new IllegalArgumentException("unreadable"))).isFalse();
    assertThat(Outage.isOutage(new RuntimeException("wrapped", null))).isFalse();
  }
}
