package org.medsoc.platform.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.StandardEnvironment;

class PlatformDefaultsTest {

  private final StandardEnvironment environment = new StandardEnvironment();

  private void serviceSays(Map<String, Object> properties) {
    environment.getPropertySources().addFirst(new MapPropertySource("service", properties));
    new PlatformDefaults().postProcessEnvironment(environment, null);
  }

  @Test
  void aPooledProcessorGetsThePlatformsSegmentsThreadsAndBatch() {
    serviceSays(Map.of("axon.eventhandling.processors.member-directory.mode", "pooled"));

    assertThat(
            environment.getProperty(
                "axon.eventhandling.processors.member-directory.initial-segment-count"))
        .isEqualTo("4");
    assertThat(
            environment.getProperty("axon.eventhandling.processors.member-directory.thread-count"))
        .isEqualTo("2");
    assertThat(environment.getProperty("axon.eventhandling.processors.member-directory.batch-size"))
        .isEqualTo("100");
  }

  @Test
  void aServiceMaySetItsOwnForOneProcessor() {
    serviceSays(
        Map.of(
            "axon.eventhandling.processors.member-directory.mode", "pooled",
            "axon.eventhandling.processors.member-directory.thread-count", "1"));

    assertThat(
            environment.getProperty("axon.eventhandling.processors.member-directory.thread-count"))
        .isEqualTo("1");
    assertThat(environment.getProperty("axon.eventhandling.processors.member-directory.batch-size"))
        .isEqualTo("100");
  }

  @Test
  void aTrackingOrSubscribingProcessorIsLeftAsTheServiceSaysIt() {
    serviceSays(
        Map.of(
            "axon.eventhandling.processors.parties.mode", "subscribing",
            "axon.eventhandling.processors.introduction-request-policy.mode", "tracking"));

    assertThat(environment.getProperty("axon.eventhandling.processors.parties.thread-count"))
        .isNull();
    assertThat(
            environment.getProperty(
                "axon.eventhandling.processors.introduction-request-policy.batch-size"))
        .isNull();
  }

  @Test
  void theSharedSettingsAreBelowTheServicesOwn() {
    serviceSays(Map.of("server.shutdown", "immediate"));

    assertThat(environment.getProperty("server.shutdown")).isEqualTo("immediate");
    assertThat(environment.getProperty("axon.axonserver.enabled")).isEqualTo("false");
  }

  @Test
  void aSecretMayComeAsAFileNamedForItsSetting(
      @org.junit.jupiter.api.io.TempDir java.nio.file.Path secrets) throws java.io.IOException {
    java.nio.file.Files.writeString(secrets.resolve("POSTGRES_PASSWORD"), "from-a-file\n");
    java.nio.file.Files.writeString(secrets.resolve("KAFKA_PASSWORD"), "kafka-secret");

    serviceSays(Map.of("SECRETS_DIR", secrets.toString()));

    assertThat(environment.getProperty("spring.datasource.password")).isEqualTo("from-a-file");
    assertThat(environment.getProperty("spring.kafka.properties.sasl.jaas.config"))
        .contains("password=\"kafka-secret\"");
  }

  @Test
  void withoutTheFolderTheDefaultsStand() {
    serviceSays(Map.of("SECRETS_DIR", "/no/such/folder"));

    assertThat(environment.getProperty("spring.datasource.password")).isEqualTo("postgres");
  }
}
