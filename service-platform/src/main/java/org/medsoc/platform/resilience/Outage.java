package org.medsoc.platform.resilience;

import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientException;
import java.util.Set;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.common.errors.RetriableException;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.RecoverableDataAccessException;
import org.springframework.dao.TransientDataAccessException;
import org.springframework.transaction.CannotCreateTransactionException;

/**
 * Tells a failure of the infrastructure (the database unreachable, restarting, out of connections)
 * from a failure of the request or message itself. An outage passes: a request gets 503 and may be
 * sent again, a Kafka record is retried until the database is back instead of being dead-lettered,
 * and an event a publisher could not hand to an absent broker is retried rather than set aside.
 */
public final class Outage {

  /**
   * PostgreSQL's "admin shutdown", "crash shutdown", "cannot connect now", "too many connections".
   */
  private static final Set<String> UNAVAILABLE_STATES = Set.of("57P01", "57P02", "57P03", "53300");

  /** What a refused request is told. */
  public static final String DETAIL =
      "The service cannot reach its database or has no connection free; nothing was stored."
          + " Try again shortly.";

  /**
   * What a request is told when the database went away while its transaction was being committed:
   * PostgreSQL may have made it durable before the connection broke, and nobody can tell which.
   */
  public static final String IN_DOUBT_DETAIL =
      "The service lost its database while committing the request: it may have been stored."
          + " Look before sending it again.";

  public static final String RETRY_AFTER_SECONDS = "5";

  /** Spring's name for the step in the exception a failed JDBC commit is translated to. */
  private static final String JDBC_COMMIT = "JDBC commit";

  private static final String CLOSED_CONNECTION = "Connection is closed";

  private Outage() {}

  public static boolean isOutage(Throwable failure) {
    for (Throwable cause = failure; cause != null; cause = next(cause)) {
      if (cause instanceof DataAccessResourceFailureException
          || cause instanceof TransientDataAccessException
          || cause instanceof RecoverableDataAccessException
          || cause instanceof CannotCreateTransactionException
          || cause instanceof SQLTransientException
          || cause instanceof SQLRecoverableException
          || cause instanceof SQLNonTransientConnectionException) {
        return true;
      }
      if (cause instanceof RetriableException || cause instanceof TimeoutException) {
        return true;
      }
      if (cause instanceof SQLException sql && cutOff(sql)) {
        return true;
      }
    }
    return false;
  }

  /** An outage met by the commit itself: the request's outcome is unknown, not refused. */
  public static boolean inDoubt(Throwable failure) {
    for (Throwable cause = failure; cause != null; cause = next(cause)) {
      if (cause instanceof DataAccessResourceFailureException resource
          && resource.getMessage() != null
          && resource.getMessage().startsWith(JDBC_COMMIT)) {
        return true;
      }
    }
    return false;
  }

  private static boolean cutOff(SQLException sql) {
    String state = sql.getSQLState();
    if (state == null) {
      // HikariCP's answer for a pooled connection the server closed under a running request.
      return CLOSED_CONNECTION.equals(sql.getMessage());
    }
    return state.startsWith("08") || UNAVAILABLE_STATES.contains(state);
  }

  private static Throwable next(Throwable cause) {
    return cause.getCause() == cause ? null : cause.getCause();
  }
}
