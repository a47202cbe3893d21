package org.medsoc.notification;

import org.medsoc.kernel.messaging.Topics;
import org.medsoc.platform.messaging.TopicDeclarations;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.annotation.Bean;
import org.springframework.kafka.core.KafkaAdmin;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * What falls due reaches the person: the obligations the other services' facts create (a consent to
 * give, a request to answer, a follow-up to send) are kept in a ledger, one row each, and mailed
 * once when they fall due, retried with back-off while the mail server is away. It keeps the only
 * copy of members' addresses outside member-service, and only what sending needs.
 */
@SpringBootApplication
@EnableScheduling
public class NotificationServiceApplication {

  /** The service's configuration file is notification-service.yml. */
  public static final String CONFIG_NAME = "notification-service";

  @Bean
  KafkaAdmin.NewTopics notificationTopics(
      @Value("${platform.kafka.partitions}") int partitions,
      @Value("${platform.kafka.replication-factor}") int replicationFactor) {
    return TopicDeclarations.withDeadLetters(
        partitions,
        replicationFactor,
        Topics.CONTACTS,
        Topics.NOMINATIONS,
        Topics.MENTORSHIPS,
        Topics.MEETINGS,
        Topics.ABSTRACTS,
        Topics.CALLS,
        Topics.MEMBERSHIPS,
        Topics.APPOINTMENTS,
        Topics.INTRODUCTIONS,
        Topics.SPONSORSHIPS,
        Topics.REGISTRATIONS,
        Topics.SPEAKERS,
        Topics.CONFERENCES);
  }

  public static void main(String[] args) {
    application().run(args);
  }

  public static SpringApplicationBuilder application() {
    return new SpringApplicationBuilder(NotificationServiceApplication.class)
        .properties("spring.config.name=" + CONFIG_NAME);
  }
}
