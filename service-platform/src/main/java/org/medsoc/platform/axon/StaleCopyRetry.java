package org.medsoc.platform.axon;

import java.util.List;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.commandhandling.gateway.RetryScheduler;
import org.axonframework.modelling.command.ConcurrencyException;

/**
 * With several instances of a service, the one a command reaches may hold a cached copy of the
 * aggregate that another instance has changed since. Its append then finds the sequence number
 * taken ({@link ConcurrencyException}), the unit of work rolls back and the copy is evicted; the
 * command is dispatched once more, now from the stored events. Any other failure, and a second
 * conflict, is the command's answer. Commands need no routing by aggregate for it.
 */
public final class StaleCopyRetry implements RetryScheduler {

  @Override
  public boolean scheduleRetry(
      CommandMessage commandMessage,
      RuntimeException lastFailure,
      List<Class<? extends Throwable>[]> failures,
      Runnable dispatchTask) {
    if (failures.size() > 1 || !isConflict(lastFailure)) {
      return false;
    }
    dispatchTask.run();
    return true;
  }

  static boolean isConflict(Throwable failure) {
    for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
      if (cause instanceof ConcurrencyException) {
        return true;
      }
      if (cause.getCause() == cause) {
        return false;
      }
    }
    return false;
  }
}
