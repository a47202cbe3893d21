package org.medsoc.events;

import org.axonframework.eventsourcing.EventCountSnapshotTriggerDefinition;
import org.axonframework.eventsourcing.SnapshotTriggerDefinition;
import org.axonframework.eventsourcing.Snapshotter;
import org.medsoc.kernel.messaging.Topics;
import org.medsoc.platform.eligibility.MemberEligibilityConfiguration;
import org.medsoc.platform.messaging.TopicDeclarations;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.kafka.core.KafkaAdmin;

/** Conferences, programme, registration, posters, meeting requests and follow-ups. */
@SpringBootApplication
@Import(MemberEligibilityConfiguration.class)
public class EventsServiceApplication {

  /**
   * events-service publishes registrations, meetings held and achievements, and reads nominations.
   */
  @Bean
  KafkaAdmin.NewTopics eventsTopics(
      @Value("${platform.kafka.partitions}") int partitions,
      @Value("${platform.kafka.replication-factor}") int replicationFactor) {
    return TopicDeclarations.withDeadLetters(
        partitions,
        replicationFactor,
        Topics.REGISTRATIONS,
        Topics.MEETINGS,
        Topics.SPEAKERS,
        Topics.ABSTRACTS,
        Topics.MENTORING_PAIRS,
        Topics.ACHIEVEMENTS,
        Topics.CONFERENCES,
        Topics.NOMINATIONS);
  }

  /** A conference is loaded from its latest snapshot and the events after it. */
  @Bean
  SnapshotTriggerDefinition conferenceSnapshotTrigger(
      Snapshotter snapshotter, @Value("${conference.snapshot-every}") int everyEvents) {
    return new EventCountSnapshotTriggerDefinition(snapshotter, everyEvents);
  }

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
