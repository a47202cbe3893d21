package org.medsoc.benchmark;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;

/**
 * The processor time the platform's processes spent, by process (a service, the broker,
 * PostgreSQL's backends together, this benchmark): where a phase's work went on this machine.
 */
final class CpuTime {

  /** Clock ticks per second of /proc's times (USER_HZ, 100 on Linux). */
  private static final double TICKS = 100.0;

  private final Map<String, Long> ticks;

  private CpuTime(Map<String, Long> ticks) {
    this.ticks = ticks;
  }

  static CpuTime now() {
    Map<String, Long> ticks = new TreeMap<>();
    long self = ProcessHandle.current().pid();
    StackProcesses.commandLines()
        .forEach(
            (pid, command) -> {
              String name = pid == self ? "benchmark clients" : StackProcesses.nameOf(command);
              if (name == null || name.equals("launcher")) {
                return;
              }
              try {
                String[] stat =
                    Files.readString(Path.of("/proc", String.valueOf(pid), "stat"))
                        .split("\\) ", 2)[1]
                        .split(" ");
                // utime and stime are the 14th and 15th fields; the split dropped the first two
                ticks.merge(name, Long.parseLong(stat[11]) + Long.parseLong(stat[12]), Long::sum);
              } catch (IOException | RuntimeException gone) {
                // the process ended while it was read
              }
            });
    return new CpuTime(ticks);
  }

  /**
   * Waits until the platform is idle (below a tenth of a core for two seconds): what an earlier
   * step left to the consumers and processors is done before a phase is measured.
   */
  static void awaitQuiet() throws InterruptedException {
    for (int i = 0; i < 90; i++) {
      CpuTime before = now();
      Thread.sleep(2_000);
      if (now().total() - before.total() < 0.2 * TICKS) {
        return;
      }
    }
  }

  private long total() {
    return ticks.entrySet().stream()
        .filter(e -> !e.getKey().equals("benchmark clients"))
        .mapToLong(Map.Entry::getValue)
        .sum();
  }

  /** The seconds each process spent since {@code before}, the busiest first, on one line. */
  String since(CpuTime before) {
    Map<String, Double> seconds = new TreeMap<>();
    ticks.forEach(
        (name, t) -> seconds.put(name, (t - before.ticks.getOrDefault(name, 0L)) / TICKS));
    StringBuilder line = new StringBuilder();
    seconds.entrySet().stream()
        .filter(e -> e.getValue() > 0)
        .sorted(Map.Entry.<String, Double>comparingByValue().reversed())
        .forEach(
            e ->
                line.append(line.length() == 0 ? "" : ", ")
                    .append(String.format("%s %.1f s", e.getKey(), e.getValue())));
    return line.toString();
  }
}
