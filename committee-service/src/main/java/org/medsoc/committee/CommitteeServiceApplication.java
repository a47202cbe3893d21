package org.medsoc.committee;

import org.medsoc.platform.eligibility.MemberEligibilityConfiguration;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.annotation.Import;

/** Committees, calls for volunteers, applications, nominations and appointments. */
@SpringBootApplication
@Import(MemberEligibilityConfiguration.class)
public class CommitteeServiceApplication {

  /**
   * The service's configuration file is committee-service.yml, so services can share a classpath.
   */
  public static final String CONFIG_NAME = "committee-service";

  public static void main(String[] args) {
    application().run(args);
  }

  public static SpringApplicationBuilder application() {
    return new SpringApplicationBuilder(CommitteeServiceApplication.class)
        .properties("spring.config.name=" + CONFIG_NAME);
  }
}
