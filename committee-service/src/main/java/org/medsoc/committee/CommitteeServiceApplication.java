package org.medsoc.committee;

import org.medsoc.kernel.messaging.Topics;
import org.medsoc.platform.eligibility.MemberEligibilityConfiguration;
import org.medsoc.platform.messaging.TopicDeclarations;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.kafka.core.KafkaAdmin;

/** Committees, calls for volunteers, applications, nominations and appointments. */
@SpringBootApplication
@Import(MemberEligibilityConfiguration.class)
public class CommitteeServiceApplication {

  /**
   * committee-service publishes achievements for professional records, nominations, appointments,
   * calls and endorsements asked, and reads conferences and sponsorships.
   */
  @Bean
  KafkaAdmin.NewTopics committeeTopics(
      @Value("${platform.kafka.partitions}") int partitions,
      @Value("${platform.kafka.replication-factor}") int replicationFactor) {
    return TopicDeclarations.withDeadLetters(
        partitions,
        replicationFactor,
        Topics.ACHIEVEMENTS,
        Topics.CONFERENCES,
        Topics.SPONSORSHIPS,
        Topics.NOMINATIONS,
        Topics.APPOINTMENTS,
        Topics.CALLS);
  }

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
