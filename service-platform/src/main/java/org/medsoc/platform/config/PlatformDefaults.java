package org.medsoc.platform.config;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.env.EnvironmentPostProcessor;
import org.springframework.boot.env.PropertiesPropertySourceLoader;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.EnumerablePropertySource;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.PropertySource;
import org.springframework.core.io.ClassPathResource;

/**
 * Adds {@code platform-defaults.properties} as the lowest-priority property source of every
 * service, so the settings all services share (Axon without Axon Server, Kafka reliability, JSON
 * strictness, actuator exposure) are written once and each service's own file or the environment
 * can still override any of them.
 *
 * <p>A service names each pooled processor with {@code mode: pooled} only; its segments, threads
 * and batch size come from {@code platform.pooled-processor.*} unless the service sets them.
 */
public class PlatformDefaults implements EnvironmentPostProcessor {

  private static final Pattern PROCESSOR_MODE =
      Pattern.compile("axon\\.eventhandling\\.processors\\.([^.]+)\\.mode");
  private static final String[] POOLED_SETTINGS = {
    "initial-segment-count", "thread-count", "batch-size"
  };

  @Override
  public void postProcessEnvironment(
      ConfigurableEnvironment environment, SpringApplication application) {
    try {
      new PropertiesPropertySourceLoader()
          .load("platformDefaults", new ClassPathResource("platform-defaults.properties"))
          .forEach(source -> environment.getPropertySources().addLast(source));
    } catch (IOException e) {
      throw new IllegalStateException("Cannot read platform-defaults.properties", e);
    }
    environment.getPropertySources().addLast(pooledProcessorSettings(environment));
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
