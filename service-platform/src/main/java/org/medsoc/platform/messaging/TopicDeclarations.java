package org.medsoc.platform.messaging;

import java.util.Arrays;
import org.apache.kafka.clients.admin.NewTopic;
import org.medsoc.kernel.messaging.Topics;
import org.springframework.kafka.config.TopicBuilder;
import org.springframework.kafka.core.KafkaAdmin;

/**
 * Declares the topics a service produces to or consumes from, with their dead-letter topics, so
 * that no service depends on another having started first. Kafka's admin client creates what is
 * missing and leaves what exists alone.
 */
public final class TopicDeclarations {

  private TopicDeclarations() {}

  public static KafkaAdmin.NewTopics withDeadLetters(
      int partitions, int replicationFactor, String... topics) {
    return new KafkaAdmin.NewTopics(
        Arrays.stream(topics)
            .flatMap(topic -> java.util.stream.Stream.of(topic, Topics.deadLetterOf(topic)))
            .map(name -> topic(name, partitions, replicationFactor))
            .toArray(NewTopic[]::new));
  }

  private static NewTopic topic(String name, int partitions, int replicationFactor) {
    return TopicBuilder.name(name).partitions(partitions).replicas(replicationFactor).build();
  }
}
