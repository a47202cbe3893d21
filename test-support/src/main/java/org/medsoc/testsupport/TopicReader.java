package org.medsoc.testsupport;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Predicate;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.StringDeserializer;

/** Reads a topic from the beginning with a consumer group of its own, as an outside observer. */
public final class TopicReader implements AutoCloseable {

  private final KafkaConsumer<String, String> consumer;
  private final List<ConsumerRecord<String, String>> seen = new ArrayList<>();

  public TopicReader(String bootstrapServers, String topic) {
    consumer =
        new KafkaConsumer<>(
            Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG,
                bootstrapServers,
                ConsumerConfig.GROUP_ID_CONFIG,
                "observer-" + UUID.randomUUID(),
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG,
                "earliest",
                ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG,
                StringDeserializer.class,
                ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG,
                StringDeserializer.class));
    consumer.subscribe(List.of(topic));
  }

  /** Polls until a record matches, or fails after the timeout. */
  public ConsumerRecord<String, String> await(
      Predicate<ConsumerRecord<String, String>> matching, Duration timeout) {
    long deadline = System.nanoTime() + timeout.toNanos();
    while (System.nanoTime() < deadline) {
      for (ConsumerRecord<String, String> record : seen) {
        if (matching.test(record)) {
          return record;
        }
      }
      consumer.poll(Duration.ofMillis(200)).forEach(seen::add);
    }
    throw new AssertionError("No matching record within " + timeout + "; saw " + seen.size());
  }

  /** Every record read so far that matches. */
  public List<ConsumerRecord<String, String>> seen(
      Predicate<ConsumerRecord<String, String>> matching) {
    consumer.poll(Duration.ofMillis(500)).forEach(seen::add);
    return seen.stream().filter(matching).toList();
  }

  @Override
  public void close() {
    consumer.close();
  }
}
