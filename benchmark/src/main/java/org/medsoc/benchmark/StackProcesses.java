package org.medsoc.benchmark;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Stream;

/** The processes of this machine by pid, and the name of each the stack runs. */
final class StackProcesses {

  private StackProcesses() {}

  /** Every process's command line, by pid (a process that ends while it is read is left out). */
  static Map<Long, String> commandLines() {
    Map<Long, String> commands = new LinkedHashMap<>();
    try (Stream<Path> processes = Files.list(Path.of("/proc"))) {
      processes
          .filter(p -> p.getFileName().toString().matches("[0-9]+"))
          .forEach(
              p -> {
                try {
                  commands.put(
                      Long.parseLong(p.getFileName().toString()),
                      Files.readString(p.resolve("cmdline")).replace('\0', ' '));
                } catch (IOException gone) {
                  // ended meanwhile
                }
              });
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
    return commands;
  }

  /**
   * One process's whole command line. ProcessHandle.Info cuts a long one down to the program alone,
   * which names a broker started with a long class path no better than any other JVM.
   */
  static String commandLine(long pid) {
    try {
      return Files.readString(Path.of("/proc", String.valueOf(pid), "cmdline")).replace('\0', ' ');
    } catch (IOException gone) {
      return "?";
    }
  }

  static boolean isService(String command) {
    return command.contains("services/") && command.contains(".jar");
  }

  /** A service by its jar's name, the broker, the launcher, PostgreSQL; null for anything else. */
  static String nameOf(String command) {
    if (isService(command)) {
      // services/<name>.jar, or the same unpacked: services/class-data/<name>/<name>.jar
      return command.replaceAll(".*/([a-z-]+)[.]jar\\b.*", "$1");
    }
    if (command.contains("kafka.Kafka")) {
      return "kafka broker";
    }
    if (command.contains("org.medsoc.localstack.LocalStack")) {
      return "launcher";
    }
    if (command.startsWith("postgres") || command.contains("bin/postgres")) {
      return "postgresql";
    }
    return null;
  }
}
