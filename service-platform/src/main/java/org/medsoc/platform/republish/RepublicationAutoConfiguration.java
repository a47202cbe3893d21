package org.medsoc.platform.republish;

import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.springboot.autoconfig.AxonAutoConfiguration;
import org.medsoc.platform.security.Access;
import org.medsoc.platform.security.AccessRules;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.http.HttpMethod;

/** The republication of a service's facts, for the platform's own staff. */
@AutoConfiguration(after = AxonAutoConfiguration.class)
public class RepublicationAutoConfiguration {

  @Bean
  public Republication republication(EventProcessingConfiguration processing, EventStore store) {
    return new Republication(processing, store);
  }

  @Bean
  public RepublicationController republicationController(Republication republication) {
    return new RepublicationController(republication);
  }

  /** It sends every fact of the service again: the platform's staff only. */
  @Bean
  public AccessRules republicationAccess() {
    return rules ->
        rules
            .requestMatchers(HttpMethod.GET, "/operations/republication")
            .access(Access.platformStaff())
            .requestMatchers(HttpMethod.POST, "/operations/republication")
            .access(Access.platformStaff());
  }
}
