package org.medsoc.platform.axon;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.Collection;
import java.util.OptionalLong;
import java.util.function.LongSupplier;
import org.axonframework.eventhandling.EventTrackerStatus;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventsourcing.eventstore.EventStore;

/**
 * {@code platform.processor.lag{processor}}: how many events of the store a processor has yet to
 * handle, on the segments this instance holds (the slowest of them). An operator takes the largest
 * over instances; a processor whose lag grows while the others' stay flat is stuck, one whose lag
 * grows with all the others' is outpaced.
 */
public final class ProcessorLag {

  private static final long HEAD_READ_AT_MOST_EVERY_NANOS = 1_000_000_000L;

  private final LongSupplier head;
  private long headRead = Long.MIN_VALUE;
  private long headReadAt;

  public ProcessorLag(EventStore store) {
    this(
        () -> {
          TrackingToken token = store.createHeadToken();
          return token == null ? 0 : token.position().orElse(0);
        });
  }

  ProcessorLag(LongSupplier head) {
    this.head = head;
  }

  public void register(StreamingEventProcessor processor, MeterRegistry registry) {
    Gauge.builder("platform.processor.lag", processor, this::lag)
        .tag("processor", processor.getName())
        .description("Events of the store this processor has yet to handle, on this instance")
        .baseUnit("events")
        .register(registry);
  }

  /** NaN while the processor holds no segment here (another instance's work). */
  double lag(StreamingEventProcessor processor) {
    return lag(head(), processor.processingStatus().values());
  }

  static double lag(long head, Collection<EventTrackerStatus> segments) {
    if (segments.isEmpty()) {
      return Double.NaN;
    }
    long slowest = head;
    for (EventTrackerStatus segment : segments) {
      OptionalLong position = segment.getCurrentPosition();
      slowest = Math.min(slowest, position.isPresent() ? position.getAsLong() : -1);
    }
    return Math.max(0, head - slowest);
  }

  private synchronized long head() {
    long now = System.nanoTime();
    if (headRead == Long.MIN_VALUE || now - headReadAt > HEAD_READ_AT_MOST_EVERY_NANOS) {
      headRead = head.getAsLong();
      headReadAt = now;
    }
    return headRead;
  }
}
