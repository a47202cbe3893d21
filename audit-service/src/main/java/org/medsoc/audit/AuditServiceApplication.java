package org.medsoc.audit;

import org.medsoc.kernel.messaging.Topics;
import org.medsoc.platform.eligibility.MemberEligibilityConfiguration;
import org.medsoc.platform.messaging.TopicDeclarations;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.kafka.core.KafkaAdmin;

/**
 * The audit: who introduced, sponsored, nominated and appointed whom, when, on whose authority,
 * why, and what came of it, read from every service's topics and answered as of any date. It keeps
 * which member belongs to which society too, so staff read only their societies' members.
 */
@SpringBootApplication
@Import(MemberEligibilityConfiguration.class)
public class AuditServiceApplication {

  /** The service's configuration file is audit-service.yml, so services can share a classpath. */
  public static final String CONFIG_NAME = "audit-service";

  /** The audit reads these topics; a record it cannot read goes to the topic's dead letters. */
  @Bean
  KafkaAdmin.NewTopics auditTopics(
      @Value("${platform.kafka.partitions}") int partitions,
      @Value("${platform.kafka.replication-factor}") int replicationFactor) {
    return TopicDeclarations.withDeadLetters(
        partitions,
        replicationFactor,
        Topics.INTRODUCTIONS,
        Topics.MENTORSHIPS,
        Topics.SPONSORSHIPS,
        Topics.NOMINATIONS,
        Topics.APPOINTMENTS,
        Topics.SPEAKERS,
        Topics.ACHIEVEMENTS,
        Topics.CHAIN_CHECKPOINTS);
  }

  public static void main(String[] args) {
    application().run(args);
  }

  public static SpringApplicationBuilder application() {
    return new SpringApplicationBuilder(AuditServiceApplication.class)
        .properties("spring.config.name=" + CONFIG_NAME);
  }
}
