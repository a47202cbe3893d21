package org.medsoc.platform.axon;

import java.sql.SQLException;
import org.axonframework.common.jdbc.PersistenceExceptionResolver;

/**
 * Tells Axon that an append hit the store's unique key on aggregate and sequence number
 * (PostgreSQL's {@code 23505}), so that it reports a {@link
 * org.axonframework.modelling.command.ConcurrencyException} rather than a store failure. The driver
 * reports a batch's failure as a {@link java.sql.BatchUpdateException} whose next exception holds
 * the state; Axon's resolver by error codes did not see it there.
 */
public final class DuplicateKeyResolver implements PersistenceExceptionResolver {

  private static final String UNIQUE_VIOLATION = "23505";

  @Override
  public boolean isDuplicateKeyViolation(Exception exception) {
    for (Throwable cause = exception; cause != null; cause = next(cause)) {
      if (cause instanceof SQLException sql) {
        for (SQLException each = sql; each != null; each = each.getNextException()) {
          if (UNIQUE_VIOLATION.equals(each.getSQLState())) {
            return true;
          }
        }
      }
    }
    return false;
  }

  private static Throwable next(Throwable failure) {
    return failure.getCause() == failure ? null : failure.getCause();
  }
}
