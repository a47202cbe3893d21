package org.medsoc.platform.axon;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchException;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Statement;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.medsoc.platform.testing.TestDatabase;

/** What PostgreSQL's driver reports when a batched append meets a taken sequence number. */
class DuplicateKeyResolverTest {

  private final DataSource dataSource = TestDatabase.dataSource();
  private final DuplicateKeyResolver resolver = new DuplicateKeyResolver();

  @BeforeEach
  void store() throws Exception {
    try (Connection connection = dataSource.getConnection();
        Statement statement = connection.createStatement()) {
      statement.execute("DROP TABLE IF EXISTS appended");
      statement.execute(
          "CREATE TABLE appended (aggregate TEXT NOT NULL, sequence BIGINT NOT NULL,"
              + " payload TEXT NOT NULL, UNIQUE (aggregate, sequence))");
      statement.execute("INSERT INTO appended VALUES ('call-1', 0, 'opened')");
    }
  }

  private Exception batchedAppend(String aggregate, long sequence, String payload) {
    return catchException(
        () -> {
          try (Connection connection = dataSource.getConnection();
              PreparedStatement insert =
                  connection.prepareStatement("INSERT INTO appended VALUES (?, ?, ?)")) {
            insert.setString(1, aggregate);
            insert.setLong(2, sequence);
            insert.setString(3, payload);
            insert.addBatch();
            insert.executeBatch();
          }
        });
  }

  @Test
  void a_taken_sequence_number_is_a_duplicate_key() {
    Exception failure = batchedAppend("call-1", 0, "conflict declared");

    assertThat(failure).isInstanceOf(java.sql.BatchUpdateException.class);
    assertThat(resolver.isDuplicateKeyViolation(new RuntimeException("append failed", failure)))
        .isTrue();
  }

  @Test
  void another_refusal_of_the_database_is_not() {
    Exception failure = batchedAppend("call-1", 1, null);

    assertThat(failure).isNotNull();
    assertThat(resolver.isDuplicateKeyViolation(failure)).isFalse();
  }
}
