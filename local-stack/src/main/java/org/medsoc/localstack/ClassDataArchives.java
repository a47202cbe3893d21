package org.medsoc.localstack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;

/**
 * Class-data sharing for the stack's JVMs: each service's classes, once loaded, parsed and
 * verified, are kept in an archive that its next start maps instead of doing that work again (most
 * of a Spring service's start on two cores). The JVM archives only classes from plain jars, so each
 * service's jar is unpacked once per build ({@code -Djarmode=tools extract}); the archive is
 * written when the service stops for the first time after a build and used from the next start on.
 * Kept beside the service jars, not in the data folder: a fresh data folder starts as fast.
 */
final class ClassDataArchives {

  private final Path folder;

  ClassDataArchives(Path servicesFolder) {
    this.folder = servicesFolder.resolve("class-data");
  }

  /** The jar to launch: the service's own, unpacked again when the build made a newer one. */
  Path unpacked(Path serviceJar) {
    String name = serviceJar.getFileName().toString().replaceFirst("[.]jar$", "");
    Path unpacked = folder.resolve(name);
    Path jar = unpacked.resolve(name + ".jar");
    try {
      if (Files.exists(jar)
          && !Files.getLastModifiedTime(jar).toInstant().isBefore(modified(serviceJar))) {
        return jar;
      }
      delete(unpacked);
      Files.deleteIfExists(archive(name));
      Files.createDirectories(folder);
      Process extract =
          new ProcessBuilder(
                  javaBinary(),
                  "-Djarmode=tools",
                  "-jar",
                  serviceJar.toString(),
                  "extract",
                  "--destination",
                  unpacked.toString())
              .redirectErrorStream(true)
              .redirectOutput(ProcessBuilder.Redirect.DISCARD)
              .start();
      if (extract.waitFor() != 0 || !Files.exists(jar)) {
        throw new IllegalStateException("Could not unpack " + serviceJar);
      }
      return jar;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /**
   * The options that map the service's archive, or, while it has none, that write one when it
   * stops: to a name of its own, moved into place once the process has ended, so two stacks
   * stopping at once never write the same file and a start never maps one half written.
   */
  Launch launch(String name) {
    Path archive = archive(name);
    if (Files.exists(archive)) {
      return new Launch(List.of("-XX:SharedArchiveFile=" + archive), null);
    }
    Path writing = folder.resolve(name + "-" + UUID.randomUUID() + ".jsa.part");
    return new Launch(List.of("-XX:ArchiveClassesAtExit=" + writing), writing);
  }

  /** JVM options, and the archive being written (null when one is mapped). */
  record Launch(List<String> options, Path writing) {

    /** The exit value of a process ended by SIGKILL (128 + 9). */
    private static final int KILLED = 137;

    /**
     * Moves the archive the ended process wrote into place, unless it was killed: then what it
     * wrote may stop halfway, and the next start writes another.
     */
    void keep(Path archive, int exitValue) {
      if (writing == null || !Files.exists(writing)) {
        return;
      }
      try {
        if (exitValue == KILLED) {
          Files.delete(writing);
          return;
        }
        Files.move(
            writing, archive, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      } catch (IOException e) {
        System.err.println("Class-data archive not kept: " + e.getMessage());
      }
    }
  }

  void deleteArchives() throws IOException {
    if (!Files.isDirectory(folder)) {
      return;
    }
    try (Stream<Path> files = Files.list(folder)) {
      for (Path archive : files.filter(f -> f.toString().endsWith(".jsa")).toList()) {
        Files.delete(archive);
      }
    }
  }

  Path archive(String name) {
    return folder.resolve(name + ".jsa");
  }

  private static java.time.Instant modified(Path file) throws IOException {
    return Files.getLastModifiedTime(file).toInstant();
  }

  private static void delete(Path directory) throws IOException {
    if (!Files.exists(directory)) {
      return;
    }
    List<Path> paths = new ArrayList<>();
    try (Stream<Path> walk = Files.walk(directory)) {
      walk.sorted(Comparator.reverseOrder()).forEach(paths::add);
    }
    for (Path path : paths) {
      Files.delete(path);
    }
  }

  private static String javaBinary() {
    return Path.of(System.getProperty("java.home"), "bin", "java").toString();
  }
}
