package org.medsoc.benchmark;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

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
    try (Stream<Path> processes = Files.list(Path.of("/proc"))) {
      processes
          .filter(p -> p.getFileName().toString().matches("[0-9]+"))
          .forEach(
              p -> {
                try {
                  String command = Files.readString(p.resolve("cmdline")).replace('\0', ' ');
                  String name = nameOf(command, p.getFileName().toString());
                  if (name != null) {
                    String[] stat =
                        Files.readString(p.resolve("stat")).split("\\) ", 2)[1].split(" ");
                    // utime and stime are the 14th and 15th fields; the split dropped the first two
                    ticks.merge(
                        name, Long.parseLong(stat[11]) + Long.parseLong(stat[12]), Long::sum);
                  }
                } catch (IOException | RuntimeException gone) {
                  // the process ended while it was read
                }
              });
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
    return new CpuTime(ticks);
  }

  private static String nameOf(String command, String pid) {
    if (command.contains("services/")) {
      return command.replaceAll(".*services/([a-z-]+)[.]jar.*", "$1");
    }
    if (command.contains("kafka.Kafka")) {
      return "kafka broker";
    }
    if (command.startsWith("postgres") || command.contains("bin/postgres")) {
      return "postgresql";
    }
    if (pid.equals(String.valueOf(ProcessHandle.current().pid()))) {
      return "benchmark clients";
    }
    return null;
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
