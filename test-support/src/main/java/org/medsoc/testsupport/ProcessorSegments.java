package org.medsoc.testsupport;

import org.axonframework.eventhandling.Segment;

/** Which aggregates a pooled processor with a number of segments handles in the same segment. */
public final class ProcessorSegments {

  private ProcessorSegments() {}

  /** Whether both aggregates fall in the same of {@code count} (a power of two) segments. */
  public static boolean shared(int count, String oneAggregate, String otherAggregate) {
    int[] ids = new int[count];
    for (int i = 0; i < count; i++) {
      ids[i] = i;
    }
    for (Segment segment : Segment.computeSegments(ids)) {
      if (segment.matches(oneAggregate)) {
        return segment.matches(otherAggregate);
      }
    }
    throw new IllegalStateException("no segment takes " + oneAggregate);
  }
}
