package org.medsoc.platform.projection;

import java.sql.Types;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.SqlParameterValue;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * A projection's statements held until its batch commits, then sent as JDBC batches: one round trip
 * for every run of the same statement instead of one per event, most of a rebuild's time.
 *
 * <p>Each statement names the row it writes. A statement joins the latest batch of the same SQL
 * unless a later batch writes its row; otherwise it starts a new batch. So every row sees its
 * statements in the order the events came, while statements of different rows are grouped.
 *
 * <p>Outside a transaction a statement runs at once. When a held statement fails at the commit,
 * nothing of the batch is kept; the dead-letter mechanism then handles each of the batch's events
 * alone, in a savepoint, and sends that event's statements before the savepoint ends ({@link
 * #sendHeld()}), so the one event at fault is set aside and the rest goes on.
 */
public class BatchedStatements {

  private static final SqlParameterValue UNTYPED_NULL = new SqlParameterValue(Types.NULL, null);

  private final JdbcTemplate jdbc;

  public BatchedStatements(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  /**
   * Runs {@code sql} with {@code args} before the transaction commits. {@code row} names the row it
   * writes (a table and its key, e.g. {@code "directory_member:" + memberId}); a list argument is
   * sent as a SQL array.
   */
  public void write(String row, String sql, Object... args) {
    Object[] values = values(args);
    if (!TransactionSynchronizationManager.isActualTransactionActive()
        || !TransactionSynchronizationManager.isSynchronizationActive()) {
      jdbc.update(sql, values);
      return;
    }
    held(jdbc).add(row, sql, values);
  }

  /** Sends what this transaction holds now, so a savepoint about to end covers it. */
  public static void sendHeld() {
    if (TransactionSynchronizationManager.getResource(Held.class) instanceof Held held) {
      held.send();
    }
  }

  /**
   * Runs {@code whenLost} if what this transaction holds now fails at the commit: the event just
   * handled may be the one at fault.
   */
  public static void ifSendingFails(Runnable whenLost) {
    if (TransactionSynchronizationManager.getResource(Held.class) instanceof Held held
        && !held.isEmpty()) {
      held.ifSendingFails(whenLost);
    }
  }

  private static Held held(JdbcTemplate jdbc) {
    if (TransactionSynchronizationManager.getResource(Held.class) instanceof Held held) {
      return held;
    }
    Held held = new Held(jdbc);
    TransactionSynchronizationManager.bindResource(Held.class, held);
    TransactionSynchronizationManager.registerSynchronization(held);
    return held;
  }

  private static Object[] values(Object[] args) {
    Object[] values = args.clone();
    for (int i = 0; i < values.length; i++) {
      if (values[i] instanceof List<?> list) {
        values[i] = list.stream().map(String::valueOf).toArray(String[]::new);
      } else if (values[i] == null) {
        // Untyped, Spring would ask the driver for the parameter's type: a round trip each.
        values[i] = UNTYPED_NULL;
      }
    }
    return values;
  }

  private static final class Held implements TransactionSynchronization {

    private final JdbcTemplate jdbc;
    private final List<Run> runs = new ArrayList<>();
    private final Map<String, Run> latestRunOfSql = new HashMap<>();
    private final Map<String, Integer> latestRunOfRow = new HashMap<>();
    private final List<Runnable> whenLost = new ArrayList<>();

    private Held(JdbcTemplate jdbc) {
      this.jdbc = jdbc;
    }

    void add(String row, String sql, Object[] values) {
      Run run = latestRunOfSql.get(sql);
      if (run == null || writtenAfter(row, run.position)) {
        run = new Run(sql, runs.size());
        runs.add(run);
        latestRunOfSql.put(sql, run);
      }
      run.values.add(values);
      latestRunOfRow.put(row, run.position);
    }

    private boolean writtenAfter(String row, int position) {
      Integer latest = latestRunOfRow.get(row);
      return latest != null && latest > position;
    }

    boolean isEmpty() {
      return runs.isEmpty();
    }

    void ifSendingFails(Runnable runnable) {
      whenLost.add(runnable);
    }

    void send() {
      List<Run> sending = List.copyOf(runs);
      runs.clear();
      latestRunOfSql.clear();
      latestRunOfRow.clear();
      try {
        for (Run run : sending) {
          if (run.values.size() == 1) {
            jdbc.update(run.sql, run.values.get(0));
          } else {
            jdbc.batchUpdate(run.sql, run.values);
          }
        }
      } catch (RuntimeException e) {
        whenLost.forEach(Runnable::run);
        throw e;
      } finally {
        whenLost.clear();
      }
    }

    @Override
    public void beforeCommit(boolean readOnly) {
      send();
    }

    @Override
    public void afterCompletion(int status) {
      TransactionSynchronizationManager.unbindResourceIfPossible(Held.class);
    }
  }

  private record Run(String sql, int position, List<Object[]> values) {
    Run(String sql, int position) {
      this(sql, position, new ArrayList<>());
    }
  }
}
