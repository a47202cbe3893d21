package org.medsoc.platform.testing;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import javax.sql.DataSource;

/** One embedded PostgreSQL for the platform's tests that need a real one, started on first use. */
public final class TestDatabase {

  private static EmbeddedPostgres postgres;

  private TestDatabase() {}

  public static DataSource dataSource() {
    return started().getPostgresDatabase();
  }

  /** The address of one database of the server, for a connection as another role. */
  public static String url(String database) {
    return "jdbc:postgresql://localhost:%d/%s".formatted(started().getPort(), database);
  }

  private static synchronized EmbeddedPostgres started() {
    if (postgres == null) {
      try {
        postgres = EmbeddedPostgres.builder().start();
      } catch (IOException e) {
        throw new UncheckedIOException("Cannot start embedded PostgreSQL", e);
      }
      EmbeddedPostgres started = postgres;
      Runtime.getRuntime()
          .addShutdownHook(
              new Thread(
                  () -> {
                    try {
                      started.close();
                    } catch (IOException e) {
                      // the JVM ends anyway
                    }
                  }));
    }
    return postgres;
  }
}
