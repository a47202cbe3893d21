package org.medsoc.localstack;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

/**
 * docker-compose.yml cannot run here (no Docker engine): its locks are checked by reading it. No
 * secret is written in it, each process mounts its own settings only, the broker asks everyone for
 * credentials.
 */
class DockerComposeTest {

  private final Map<String, Map<String, Object>> services = services();

  @SuppressWarnings("unchecked")
  private static Map<String, Map<String, Object>> services() {
    try {
      Map<String, Object> compose =
          new Yaml().load(Files.readString(Path.of("..", "docker-compose.yml")));
      return (Map<String, Map<String, Object>>) compose.get("services");
    } catch (IOException e) {
      throw new IllegalStateException("docker-compose.yml not readable", e);
    }
  }

  @SuppressWarnings("unchecked")
  private Map<String, Object> environmentOf(String service) {
    Object environment = services.get(service).get("environment");
    return environment == null ? Map.of() : (Map<String, Object>) environment;
  }

  @SuppressWarnings("unchecked")
  private List<Map<String, Object>> secretMounts(String service) {
    List<Map<String, Object>> mounts = new ArrayList<>();
    for (Object volume : (List<Object>) services.get(service).getOrDefault("volumes", List.of())) {
      if (volume instanceof Map<?, ?> mount && "secrets".equals(mount.get("source"))) {
        mounts.add((Map<String, Object>) mount);
      } else if (volume instanceof String short_ && short_.startsWith("secrets:")) {
        mounts.add(Map.of("source", "secrets", "target", short_.substring("secrets:".length())));
      }
    }
    return mounts;
  }

  @Test
  void no_password_or_secret_is_written_in_the_file() {
    services
        .keySet()
        .forEach(
            service ->
                environmentOf(service)
                    .forEach(
                        (name, value) -> {
                          if (name.endsWith("PASSWORD") || name.endsWith("SECRET")) {
                            assertThat(String.valueOf(value))
                                .as("%s of %s comes from the shell", name, service)
                                .matches("\\$\\{[A-Z_]+:\\?[^}]+}");
                          }
                        }));
  }

  @Test
  void each_process_mounts_its_own_settings_and_nobody_elses() {
    List<String> processes =
        Stream.concat(
                KafkaAccess.PRINCIPALS.stream().map(KafkaAccess.Principal::service),
                Stream.of("identity-provider", "portal"))
            .toList();
    for (String process : processes) {
      assertThat(secretMounts(process))
          .as(process)
          .singleElement()
          .satisfies(
              mount -> {
                assertThat(mount.get("target")).isEqualTo("/run/secrets/medsoc");
                assertThat(mount.get("read_only")).isEqualTo(true);
                assertThat(mount.get("volume")).isEqualTo(Map.of("subpath", process));
              });
      assertThat(environmentOf(process)).doesNotContainKeys("POSTGRES_USER", "POSTGRES_PASSWORD");
    }
    services.keySet().stream()
        .filter(service -> !processes.contains(service) && !service.equals("platform-access"))
        .forEach(service -> assertThat(secretMounts(service)).as(service).isEmpty());
  }

  @Test
  void the_settings_are_written_by_the_launchers_own_code() throws ClassNotFoundException {
    assertThat(String.valueOf(services.get("platform-access").get("command")))
        .contains(PlatformAccess.class.getName());
    Class.forName(PlatformAccess.class.getName());
  }

  @Test
  void the_broker_asks_every_client_who_it_is_and_allows_only_what_is_granted() {
    Map<String, Object> kafka = environmentOf("kafka");
    assertThat(String.valueOf(kafka.get("KAFKA_LISTENER_SECURITY_PROTOCOL_MAP")))
        .doesNotContain("PLAINTEXT:PLAINTEXT");
    assertThat(kafka)
        .containsEntry("KAFKA_ALLOW_EVERYONE_IF_NO_ACL_FOUND", "false")
        .containsEntry("KAFKA_SUPER_USERS", "User:admin")
        .containsEntry(
            "KAFKA_AUTHORIZER_CLASS_NAME",
            "org.apache.kafka.metadata.authorizer.StandardAuthorizer");
  }
}
