package org.medsoc.benchmark.drill;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicLong;

/**
 * What the load sent and what came back, command by command: the facts the exactly-once check holds
 * the stores and views to.
 */
public final class Ledger {

  public LocalDate approvedUntil() {
    return today.plusYears(1);
  }

  public LocalDate renewedUntil() {
    return today.plusYears(2);
  }

  /** How a command ended, as its sender saw it. */
  public enum Outcome {
    /** 2xx: its event must be in the store exactly once. */
    ACCEPTED,
    /** 503 problem+json, or nothing listening: its event must not be in the store. */
    FAILED_CLEANLY,
    /** The connection broke mid-request: its event may be in the store, at most once. */
    NO_ANSWER,
    /** Any other answer: counted and shown, as it should not happen in a drill. */
    UNEXPECTED
  }

  /** One command; {@code aggregateId} is null when the command was to create it and failed. */
  public record Entry(
      String service, String aggregateId, String eventType, Outcome outcome, String detail) {}

  /**
   * The day the load began: its approvals run a year from it and its renewals two, whatever the day
   * when the check reads them back (a drill may run across midnight).
   */
  private final LocalDate today = LocalDate.now();

  private final ConcurrentLinkedQueue<Entry> entries = new ConcurrentLinkedQueue<>();
  private final Map<Outcome, AtomicLong> counts = new ConcurrentHashMap<>();

  void record(Entry entry) {
    entries.add(entry);
    counts.computeIfAbsent(entry.outcome(), o -> new AtomicLong()).incrementAndGet();
  }

  public List<Entry> entries() {
    return new ArrayList<>(entries);
  }

  public long count(Outcome outcome) {
    AtomicLong count = counts.get(outcome);
    return count == null ? 0 : count.get();
  }

  public String summary() {
    return "%d accepted, %d failed cleanly, %d without an answer, %d unexpected"
        .formatted(
            count(Outcome.ACCEPTED),
            count(Outcome.FAILED_CLEANLY),
            count(Outcome.NO_ANSWER),
            count(Outcome.UNEXPECTED));
  }
}
