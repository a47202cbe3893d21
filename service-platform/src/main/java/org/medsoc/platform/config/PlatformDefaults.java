package org.medsoc.platform.config;

import java.io.IOException;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.env.EnvironmentPostProcessor;
import org.springframework.boot.env.PropertiesPropertySourceLoader;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.io.ClassPathResource;

/**
 * Adds {@code platform-defaults.properties} as the lowest-priority property source of every
 * service, so the settings all services share (Axon without Axon Server, Kafka reliability, JSON
 * strictness, actuator exposure) are written once and each service's own file or the environment
 * can still override any of them.
 */
public class PlatformDefaults implements EnvironmentPostProcessor {

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
  }
}
