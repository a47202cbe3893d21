package org.medsoc.localstack;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Properties;
import java.util.function.Function;

/**
 * One database per service, owned by the service's migration role, and used by its application
 * role: only those two may connect to it, and the application role gets from the migrations the
 * grants they give it (no change to events, seals or audit rows). The issuer and the portal have
 * one role each, owning their database. Passwords are generated once into a file beside the data,
 * as production keeps them in its secret store. A database made before the roles existed (owned by
 * the server's superuser) is handed over to its owner role.
 */
final class DatabaseRoles {

  /** A role that signs in, and its password. */
  record Login(String user, String password) {}

  /** What a process connects as: its application role and the role its migrations run as. */
  record Logins(Login application, Login migration) {

    Map<String, String> environment() {
      Map<String, String> environment = new LinkedHashMap<>();
      environment.put("POSTGRES_USER", application.user());
      environment.put("POSTGRES_PASSWORD", application.password());
      environment.put("POSTGRES_MIGRATION_USER", migration.user());
      environment.put("POSTGRES_MIGRATION_PASSWORD", migration.password());
      return environment;
    }
  }

  private static final SecureRandom RANDOM = new SecureRandom();

  private final Path passwordsFile;
  private final Properties passwords = new Properties();
  private final Function<String, String> urlOf;
  private final Login superuser;

  DatabaseRoles(Path passwordsFile, Function<String, String> urlOf, Login superuser)
      throws IOException {
    this.passwordsFile = passwordsFile;
    this.urlOf = urlOf;
    this.superuser = superuser;
    if (Files.exists(passwordsFile)) {
      try (InputStream in = Files.newInputStream(passwordsFile)) {
        passwords.load(in);
      }
    }
  }

  /** A service's database: an owner role for its migrations, an application role for the rest. */
  Logins service(String database) throws SQLException, IOException {
    return prepare(database, role(database + "_owner"), role(database));
  }

  /** The issuer's or the portal's database: one role, owning it. */
  Logins ownedBy(String database) throws SQLException, IOException {
    Login owner = role(database);
    return prepare(database, owner, owner);
  }

  private Logins prepare(String database, Login owner, Login application)
      throws SQLException, IOException {
    try (Connection server = connect("postgres");
        Statement statement = server.createStatement()) {
      ensureRole(statement, owner);
      ensureRole(statement, application);
      if (!exists(statement, "SELECT 1 FROM pg_database WHERE datname = '" + database + "'")) {
        statement.execute("CREATE DATABASE " + database + " OWNER " + owner.user());
      }
      statement.execute("ALTER DATABASE " + database + " OWNER TO " + owner.user());
      statement.execute("REVOKE ALL ON DATABASE " + database + " FROM PUBLIC");
      statement.execute(
          "GRANT CONNECT ON DATABASE %s TO %s, %s"
              .formatted(database, owner.user(), application.user()));
    }
    try (Connection inside = connect(database);
        Statement statement = inside.createStatement()) {
      statement.execute("ALTER SCHEMA public OWNER TO " + owner.user());
      statement.execute("REVOKE CREATE ON SCHEMA public FROM PUBLIC");
      statement.execute(handOver(owner.user()));
    }
    save();
    return new Logins(application, owner);
  }

  /** What an earlier superuser-run stack made in the schema becomes the owner role's. */
  private static String handOver(String owner) {
    return """
        DO $$
        DECLARE
            object record;
        BEGIN
            FOR object IN
                SELECT c.oid::regclass AS name FROM pg_class c
                  JOIN pg_namespace n ON n.oid = c.relnamespace
                 WHERE n.nspname = 'public' AND c.relkind IN ('r', 'p', 'v', 'm', 'S')
                   AND c.relowner <> '%1$s'::regrole
                   AND NOT EXISTS (SELECT 1 FROM pg_depend d
                                    WHERE d.objid = c.oid AND d.deptype IN ('a', 'i'))
            LOOP
                EXECUTE format('ALTER TABLE %%s OWNER TO %%I', object.name, '%1$s');
            END LOOP;
            FOR object IN
                SELECT p.oid::regprocedure AS name FROM pg_proc p
                  JOIN pg_namespace n ON n.oid = p.pronamespace
                 WHERE n.nspname = 'public' AND p.proowner <> '%1$s'::regrole
            LOOP
                EXECUTE format('ALTER FUNCTION %%s OWNER TO %%I', object.name, '%1$s');
            END LOOP;
        END
        $$
        """
        .formatted(owner);
  }

  private Login role(String name) {
    String password = passwords.getProperty(name);
    if (password == null) {
      byte[] secret = new byte[18];
      RANDOM.nextBytes(secret);
      password = java.util.Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
      passwords.setProperty(name, password);
    }
    return new Login(name, password);
  }

  private static void ensureRole(Statement statement, Login login) throws SQLException {
    boolean exists =
        exists(statement, "SELECT 1 FROM pg_roles WHERE rolname = '" + login.user() + "'");
    // Generated from [A-Za-z0-9_-] only: nothing to escape.
    statement.execute(
        "%s ROLE %s LOGIN PASSWORD '%s'"
            .formatted(exists ? "ALTER" : "CREATE", login.user(), login.password()));
  }

  private static boolean exists(Statement statement, String query) throws SQLException {
    try (ResultSet found = statement.executeQuery(query)) {
      return found.next();
    }
  }

  private Connection connect(String database) throws SQLException {
    return DriverManager.getConnection(
        urlOf.apply(database), superuser.user(), superuser.password());
  }

  private void save() throws IOException {
    Files.createDirectories(passwordsFile.getParent());
    try (OutputStream out = Files.newOutputStream(passwordsFile)) {
      passwords.store(out, "PostgreSQL roles of the local stack (generated on first start)");
    }
  }
}
