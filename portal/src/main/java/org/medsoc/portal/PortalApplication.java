package org.medsoc.portal;

import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/**
 * The portal people sign in to: server-rendered pages over the services' REST APIs. It holds each
 * person's tokens on the server (in their session, in PostgreSQL) and calls the services with them.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
public class PortalApplication {

  public static final String CONFIG_NAME = "portal";

  public static void main(String[] args) {
    application().run(args);
  }

  public static SpringApplicationBuilder application() {
    return new SpringApplicationBuilder(PortalApplication.class)
        .properties("spring.config.name=" + CONFIG_NAME);
  }
}
