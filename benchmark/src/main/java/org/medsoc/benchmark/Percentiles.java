package org.medsoc.benchmark;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;

/** Percentiles of measured durations, by the nearest-rank method. */
final class Percentiles {

  private Percentiles() {}

  static double of(Collection<Long> values, int percentile) {
    List<Long> sorted = new ArrayList<>(values);
    if (sorted.isEmpty()) {
      return Double.NaN;
    }
    Collections.sort(sorted);
    int index = (int) Math.ceil(percentile / 100.0 * sorted.size()) - 1;
    return sorted.get(Math.max(0, index));
  }
}
