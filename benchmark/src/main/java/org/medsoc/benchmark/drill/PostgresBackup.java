package org.medsoc.benchmark.drill;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * A backup of the whole PostgreSQL server, every service's database in it, taken while it works: a
 * base backup ({@code pg_basebackup}) and the WAL streamed from before it on ({@code pg_receivewal}
 * as a synchronous standby, so a commit is acknowledged only once the archive holds it). Restoring
 * replays the archive over the base backup to the last acknowledged commit, which is what {@code
 * docs/operations.md} tells an operator to do; CloudNativePG does the same with its object store.
 */
final class PostgresBackup implements AutoCloseable {

  private static final String ARCHIVER = "medsoc_archive";

  private final int port;
  private final Path base;
  private final Path wal;
  private final Path logs;
  private Process receiver;

  PostgresBackup(int port, Path folder) throws IOException {
    this.port = port;
    this.base = folder.resolve("base");
    this.wal = Files.createDirectories(folder.resolve("wal"));
    this.logs = Files.createDirectories(folder.resolve("logs"));
  }

  /**
   * Streams the server's WAL into the archive from now on, and makes every commit wait for the
   * archive to hold it.
   */
  void streamWal() throws Exception {
    run("pg_receivewal", "--create-slot", "--slot=" + ARCHIVER, "--if-not-exists");
    receiver =
        new ProcessBuilder(
                tool("pg_receivewal"),
                "-h",
                "127.0.0.1",
                "-p",
                String.valueOf(port),
                "-U",
                "postgres",
                "-D",
                wal.toString(),
                "--slot=" + ARCHIVER,
                "--synchronous",
                "--no-loop")
            .redirectErrorStream(true)
            .redirectOutput(logs.resolve("pg_receivewal.log").toFile())
            .start();
    try (Connection c = admin();
        Statement statement = c.createStatement()) {
      statement.execute("ALTER SYSTEM SET synchronous_standby_names = 'pg_receivewal'");
      statement.execute("SELECT pg_reload_conf()");
      long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
      while (!synchronous(statement)) {
        if (System.nanoTime() > deadline || !receiver.isAlive()) {
          throw new IllegalStateException(
              "pg_receivewal did not become the synchronous standby; see "
                  + logs.resolve("pg_receivewal.log"));
        }
        Thread.sleep(200);
      }
    }
  }

  /** The base backup, its own WAL included, taken while the services write. */
  void baseBackup() throws Exception {
    run("pg_basebackup", "-D", base.toString(), "-X", "stream", "-c", "fast", "--no-password");
  }

  /**
   * The base backup put back into an empty data folder, to recover to the end of the archived WAL
   * (the segment being written when the server was lost included) and then open on a new timeline.
   */
  void restoreInto(Path data) throws Exception {
    stopReceiving();
    Path replay = Files.createDirectories(wal.resolveSibling("replay"));
    try (Stream<Path> segments = Files.list(wal)) {
      for (Path segment : segments.toList()) {
        String name = segment.getFileName().toString().replace(".partial", "");
        Files.copy(segment, replay.resolve(name), StandardCopyOption.REPLACE_EXISTING);
      }
    }
    copyTree(base, data);
    Files.setPosixFilePermissions(data, PosixFilePermissions.fromString("rwx------"));
    Files.writeString(data.resolve("recovery.signal"), "");
    Files.writeString(
        data.resolve("postgresql.auto.conf"),
        String.join(
            "\n",
            "",
            "# Written by the restore (PostgresBackup.restoreInto).",
            "restore_command = 'cp \"" + replay + "/%f\" \"%p\"'",
            "recovery_target_timeline = 'latest'",
            "synchronous_standby_names = ''",
            ""),
        java.nio.file.StandardOpenOption.APPEND);
  }

  /** The size of the base backup and of the WAL streamed, in bytes. */
  long[] sizes() throws IOException {
    return new long[] {size(base), size(wal)};
  }

  @Override
  public void close() {
    stopReceiving();
  }

  private void stopReceiving() {
    if (receiver != null) {
      receiver.destroy();
      try {
        receiver.waitFor(10, TimeUnit.SECONDS);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
      receiver.destroyForcibly();
      receiver = null;
    }
  }

  private static boolean synchronous(Statement statement) throws SQLException {
    try (ResultSet rs =
        statement.executeQuery(
            "SELECT count(*) FROM pg_stat_replication"
                + " WHERE application_name = 'pg_receivewal' AND sync_state = 'sync'")) {
      rs.next();
      return rs.getInt(1) == 1;
    }
  }

  private void run(String tool, String... arguments) throws Exception {
    List<String> command = new ArrayList<>();
    command.add(tool(tool));
    command.addAll(List.of("-h", "127.0.0.1", "-p", String.valueOf(port), "-U", "postgres"));
    command.addAll(List.of(arguments));
    Path log = logs.resolve(tool + ".log");
    Process process =
        new ProcessBuilder(command)
            .redirectErrorStream(true)
            .redirectOutput(java.lang.ProcessBuilder.Redirect.appendTo(log.toFile()))
            .start();
    if (!process.waitFor(5, TimeUnit.MINUTES) || process.exitValue() != 0) {
      process.destroyForcibly();
      throw new IllegalStateException(
          tool + " failed: " + String.join(" ", command) + "\n" + Files.readString(log));
    }
  }

  /**
   * PostgreSQL's client programs: on the PATH, or where Debian's postgresql-client puts them. They
   * must be of the server's major version or newer.
   */
  static String tool(String name) {
    List<Path> candidates = new ArrayList<>();
    for (String folder : System.getenv().getOrDefault("PATH", "").split(":")) {
      candidates.add(Path.of(folder, name));
    }
    try (Stream<Path> versions = Files.list(Path.of("/usr/lib/postgresql"))) {
      versions
          .sorted(Comparator.reverseOrder())
          .forEach(version -> candidates.add(version.resolve("bin").resolve(name)));
    } catch (IOException noDebianPostgres) {
      // only the PATH then
    }
    return candidates.stream()
        .filter(Files::isExecutable)
        .findFirst()
        .map(Path::toString)
        .orElseThrow(
            () ->
                new IllegalStateException(
                    name
                        + " is not installed: the backup drill needs PostgreSQL's client programs"
                        + " (apt-get install postgresql-client)"));
  }

  private Connection admin() throws SQLException {
    return DriverManager.getConnection(
        "jdbc:postgresql://127.0.0.1:" + port + "/postgres", "postgres", "postgres");
  }

  private static void copyTree(Path from, Path to) throws IOException {
    try (Stream<Path> files = Files.walk(from)) {
      for (Path file : files.toList()) {
        Path target = to.resolve(from.relativize(file).toString());
        if (Files.isDirectory(file)) {
          Files.createDirectories(target);
        } else {
          Files.copy(file, target, StandardCopyOption.COPY_ATTRIBUTES);
        }
      }
    }
  }

  private static long size(Path folder) throws IOException {
    try (Stream<Path> files = Files.walk(folder)) {
      return files.filter(Files::isRegularFile).mapToLong(file -> file.toFile().length()).sum();
    }
  }
}
