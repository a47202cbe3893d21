package org.medsoc.platform.config;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.env.ConfigTreePropertySource;
import org.springframework.boot.env.EnvironmentPostProcessor;
import org.springframework.boot.env.PropertiesPropertySourceLoader;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.EnumerablePropertySource;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.MutablePropertySources;
import org.springframework.core.env.PropertySource;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.io.ClassPathResource;

/**
 * Adds {@code platform-defaults.properties} as the lowest-priority property source of every
 * service, so the settings all services share (Axon without Axon Server, Kafka reliability, JSON
 * strictness, actuator exposure) are written once and each service's own file or the environment
 * can still override any of them.
 *
 * <p>Secrets may come as files: every file in {@code SECRETS_DIR} (default {@value
 * #DEFAULT_SECRETS_DIR}, as a Kubernetes secret or a Docker secret is mounted) is a setting named
 * as the file ({@code POSTGRES_PASSWORD}, {@code KAFKA_PASSWORD}, …), below the environment.
 *
 * <p>A service names each pooled processor with {@code mode: pooled} only; its segments, threads
 * and batch size come from {@code platform.pooled-processor.*} unless the service sets them.
 */
public class PlatformDefaults implements EnvironmentPostProcessor {

  static final String DEFAULT_SECRETS_DIR = "/run/secrets/medsoc";

  private static final Pattern PROCESSOR_MODE =
      Pattern.compile("axon\\.eventhandling\\.processors\\.([^.]+)\\.mode");
  private static final String[] POOLED_SETTINGS = {
    "initial-segment-count", "thread-count", "batch-size"
  };

  @Override
  public void postProcessEnvironment(
      ConfigurableEnvironment environment, SpringApplication application) {
    addSecretFiles(environment);
    try {
      new PropertiesPropertySourceLoader()
          .load("platformDefaults", new ClassPathResource("platform-defaults.properties"))
          .forEach(source -> environment.getPropertySources().addLast(source));
    } catch (IOException e) {
      throw new IllegalStateException("Cannot read platform-defaults.properties", e);
    }
    environment.getPropertySources().addLast(pooledProcessorSettings(environment));
  }

  private static void addSecretFiles(ConfigurableEnvironment environment) {
    Path folder = Path.of(environment.getProperty("SECRETS_DIR", DEFAULT_SECRETS_DIR));
    if (!Files.isDirectory(folder)) {
      return;
    }
    ConfigTreePropertySource secrets =
        new ConfigTreePropertySource(
            "secretFiles", folder, ConfigTreePropertySource.Option.AUTO_TRIM_TRAILING_NEW_LINE);
    MutablePropertySources sources = environment.getPropertySources();
    if (sources.contains(StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME)) {
      sources.addAfter(StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME, secrets);
    } else {
      sources.addLast(secrets);
    }
  }

  private static MapPropertySource pooledProcessorSettings(ConfigurableEnvironment environment) {
    Map<String, Object> settings = new LinkedHashMap<>();
    for (PropertySource<?> source : environment.getPropertySources()) {
      if (!(source instanceof EnumerablePropertySource<?> enumerable)) {
        continue;
      }
      for (String name : enumerable.getPropertyNames()) {
        Matcher processor = PROCESSOR_MODE.matcher(name);
        if (processor.matches() && "pooled".equalsIgnoreCase(environment.getProperty(name))) {
          for (String setting : POOLED_SETTINGS) {
            settings.putIfAbsent(
                "axon.eventhandling.processors." + processor.group(1) + "." + setting,
                environment.getProperty("platform.pooled-processor." + setting));
          }
        }
      }
    }
    return new MapPropertySource("platformPooledProcessors", settings);
  }
}
