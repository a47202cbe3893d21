package org.medsoc.events;

import org.medsoc.platform.eligibility.MemberEligibilityConfiguration;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.annotation.Import;

/** Conferences, programme, registration, posters, meeting requests and follow-ups. */
@SpringBootApplication
@Import(MemberEligibilityConfiguration.class)
public class EventsServiceApplication {

  /** The service's configuration file is events-service.yml, so services can share a classpath. */
  public static final String CONFIG_NAME = "events-service";

  public static void main(String[] args) {
    application().run(args);
  }

  public static SpringApplicationBuilder application() {
    return new SpringApplicationBuilder(EventsServiceApplication.class)
        .properties("spring.config.name=" + CONFIG_NAME);
  }
}
