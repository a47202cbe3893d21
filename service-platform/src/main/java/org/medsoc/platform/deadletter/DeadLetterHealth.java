package org.medsoc.platform.deadletter;

import java.util.Map;
import org.springframework.boot.actuate.health.AbstractHealthIndicator;
import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.Status;

/**
 * Out of service while the publisher or the sealer holds a dead letter: facts of that aggregate no
 * longer reach Kafka, or its events the hash chain, until someone fixes and retries it. Dead
 * letters of a projection are shown but leave the service up: its other views are whole.
 */
public class DeadLetterHealth extends AbstractHealthIndicator {

  private final DeadLetters deadLetters;

  public DeadLetterHealth(DeadLetters deadLetters) {
    super("Dead-letter queues could not be read");
    this.deadLetters = deadLetters;
  }

  @Override
  protected void doHealthCheck(Health.Builder builder) {
    Map<String, Long> counts = deadLetters.counts();
    boolean stuck =
        counts.entrySet().stream()
            .anyMatch(entry -> StreamingGroups.keepsOrder(entry.getKey()) && entry.getValue() > 0);
    builder.status(stuck ? Status.OUT_OF_SERVICE : Status.UP).withDetails(counts);
  }
}
