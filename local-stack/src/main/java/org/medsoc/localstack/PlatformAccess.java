package org.medsoc.localstack;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The roles and principals of a platform whose PostgreSQL and Kafka someone else runs ({@code
 * docker-compose.yml}'s {@code platform-access} step): as the server's superuser (POSTGRES_USER,
 * POSTGRES_PASSWORD) and the broker's super user ({@code admin}, PLAIN, KAFKA_ADMIN_PASSWORD),
 * makes each database with its roles ({@link DatabaseRoles}) and each service's principal and
 * grants ({@link KafkaAccess}), and writes what each process needs into a folder of its own under
 * SECRETS_ROOT, one file per setting: the process reads it as its SECRETS_DIR. Passwords are
 * generated on the first run and kept there.
 */
public final class PlatformAccess {

  private PlatformAccess() {}

  public static void main(String[] args) throws Exception {
    Path root = Path.of(env("SECRETS_ROOT", "/secrets"));
    String host = env("POSTGRES_HOST", "localhost");
    String port = env("POSTGRES_PORT", "5432");
    DatabaseRoles roles =
        new DatabaseRoles(
            root.resolve(".postgres-roles.properties"),
            database -> "jdbc:postgresql://%s:%s/%s".formatted(host, port, database),
            new DatabaseRoles.Login(
                env("POSTGRES_USER", "postgres"), required("POSTGRES_PASSWORD")));
    KafkaAccess kafka = new KafkaAccess(root.resolve(".kafka-principals.properties"));
    Map<String, Object> superUser = new LinkedHashMap<>();
    superUser.put("bootstrap.servers", env("KAFKA_BOOTSTRAP_SERVERS", "localhost:9092"));
    superUser.put("security.protocol", "SASL_PLAINTEXT");
    superUser.put("sasl.mechanism", "PLAIN");
    superUser.put(
        "sasl.jaas.config",
        "org.apache.kafka.common.security.plain.PlainLoginModule required"
            + " username=\"%s\" password=\"%s\";"
                .formatted(KafkaAccess.ADMIN, required("KAFKA_ADMIN_PASSWORD")));
    kafka.apply(superUser, Integer.parseInt(env("KAFKA_PARTITIONS", "3")));

    for (KafkaAccess.Principal principal : KafkaAccess.PRINCIPALS) {
      Map<String, String> settings =
          new LinkedHashMap<>(roles.service(principal.service().replace('-', '_')).environment());
      settings.putAll(kafka.environmentOf(principal.service()));
      write(root.resolve(principal.service()), settings);
    }
    for (String database : List.of("identity", "portal")) {
      String process = database.equals("identity") ? "identity-provider" : database;
      write(root.resolve(process), roles.ownedBy(database).environment());
    }
    System.out.println("Roles, principals and grants in place; settings in " + root);
  }

  private static void write(Path folder, Map<String, String> settings) throws Exception {
    Files.createDirectories(folder);
    for (Map.Entry<String, String> setting : settings.entrySet()) {
      Files.writeString(folder.resolve(setting.getKey()), setting.getValue());
    }
  }

  private static String env(String name, String fallback) {
    String value = System.getenv(name);
    return value == null || value.isBlank() ? fallback : value;
  }

  private static String required(String name) {
    String value = System.getenv(name);
    if (value == null || value.isBlank()) {
      throw new IllegalStateException(name + " must be set");
    }
    return value;
  }
}
