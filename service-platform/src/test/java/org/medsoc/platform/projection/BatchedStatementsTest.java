package org.medsoc.platform.projection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.medsoc.platform.testing.TestDatabase;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/** Held statements on a real PostgreSQL: grouped, in each row's order, all or nothing. */
class BatchedStatementsTest {

  private static final String APPLY =
      """
      INSERT INTO membership (member_id, status) VALUES (?, 'PENDING')
      ON CONFLICT (member_id) DO UPDATE SET status = 'PENDING'
      """;
  private static final String RESIGN =
      "UPDATE membership SET status = 'RESIGNED' WHERE member_id = ?";
  private static final String SECTIONS =
      "UPDATE membership SET sections = ?, note = ? WHERE member_id = ?";

  private static final DataSource dataSource = TestDatabase.dataSource();

  private final List<String> sent = new ArrayList<>();
  private final JdbcTemplate jdbc = countingTemplate();
  private final BatchedStatements statements = new BatchedStatements(jdbc);
  private final TransactionTemplate transaction =
      new TransactionTemplate(new DataSourceTransactionManager(dataSource));

  @BeforeEach
  void emptyTable() {
    JdbcTemplate plain = new JdbcTemplate(dataSource);
    plain.execute("DROP TABLE IF EXISTS membership");
    plain.execute(
        "CREATE TABLE membership (member_id TEXT PRIMARY KEY, status TEXT NOT NULL,"
            + " sections TEXT[] NOT NULL DEFAULT '{}', note TEXT)");
  }

  @Test
  void statements_of_different_rows_go_in_one_batch_per_statement() {
    transaction.executeWithoutResult(
        status -> {
          for (String member : List.of("a", "b", "c")) {
            statements.write(member, APPLY, member);
            statements.write(member, SECTIONS, List.of("s1", "s2"), null, member);
          }
          assertThat(count("PENDING")).as("nothing is sent before the commit").isZero();
        });

    assertThat(sent).containsExactly("batch of 3: " + APPLY, "batch of 3: " + SECTIONS);
    assertThat(count("PENDING")).isEqualTo(3);
    assertThat(new JdbcTemplate(dataSource).queryForList("SELECT sections::text FROM membership"))
        .allSatisfy(row -> assertThat(row.get("sections")).isEqualTo("{s1,s2}"));
  }

  @Test
  void a_row_sees_its_statements_in_the_order_they_were_written() {
    transaction.executeWithoutResult(
        status -> {
          statements.write("a", APPLY, "a");
          statements.write("b", APPLY, "b");
          statements.write("a", RESIGN, "a");
          // Joining the first batch would put a's new application before its resignation.
          statements.write("a", APPLY, "a");
          statements.write("c", APPLY, "c");
        });

    assertThat(status("a")).isEqualTo("PENDING");
    assertThat(sent)
        .containsExactly("batch of 2: " + APPLY, "one: " + RESIGN, "batch of 2: " + APPLY);
  }

  @Test
  void a_statement_that_fails_at_the_commit_keeps_nothing_of_the_transaction_and_says_so() {
    AtomicBoolean toldOfTheLoss = new AtomicBoolean();

    assertThatThrownBy(
            () ->
                transaction.executeWithoutResult(
                    status -> {
                      statements.write("a", APPLY, "a");
                      statements.write(
                          "b", "INSERT INTO membership (member_id, status) VALUES (?, NULL)", "b");
                      BatchedStatements.ifSendingFails(() -> toldOfTheLoss.set(true));
                    }))
        .isInstanceOf(DataIntegrityViolationException.class);

    assertThat(toldOfTheLoss).isTrue();
    assertThat(count("PENDING")).isZero();
  }

  @Test
  void what_a_savepoint_should_cover_is_sent_before_it_ends() {
    TransactionTemplate savepoint =
        new TransactionTemplate(new DataSourceTransactionManager(dataSource));
    savepoint.setPropagationBehavior(TransactionDefinition.PROPAGATION_NESTED);

    transaction.executeWithoutResult(
        outer -> {
          statements.write("a", APPLY, "a");
          // What was held before belongs to earlier events: sent before the savepoint begins.
          BatchedStatements.sendHeld();
          try {
            savepoint.executeWithoutResult(
                inner -> {
                  statements.write(
                      "b", "INSERT INTO membership (member_id, status) VALUES (?, NULL)", "b");
                  BatchedStatements.sendHeld();
                });
          } catch (DataIntegrityViolationException expected) {
            // The one statement at fault is rolled back to the savepoint; the rest stays.
          }
          statements.write("c", APPLY, "c");
        });

    assertThat(count("PENDING")).isEqualTo(2);
    assertThat(status("b")).isNull();
  }

  @Test
  void outside_a_transaction_a_statement_runs_at_once() {
    statements.write("a", APPLY, "a");

    assertThat(status("a")).isEqualTo("PENDING");
  }

  private long count(String status) {
    return new JdbcTemplate(dataSource)
        .queryForObject("SELECT count(*) FROM membership WHERE status = ?", Long.class, status);
  }

  private String status(String member) {
    return new JdbcTemplate(dataSource)
        .query(
            "SELECT status FROM membership WHERE member_id = ?",
            rs -> rs.next() ? rs.getString(1) : null,
            member);
  }

  private JdbcTemplate countingTemplate() {
    return new JdbcTemplate(dataSource) {
      @Override
      public int update(String sql, Object... args) {
        sent.add("one: " + sql);
        return super.update(sql, args);
      }

      @Override
      public int[] batchUpdate(String sql, List<Object[]> batchArgs) {
        sent.add("batch of " + batchArgs.size() + ": " + sql);
        return super.batchUpdate(sql, batchArgs);
      }
    };
  }
}
