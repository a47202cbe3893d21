package org.medsoc.platform.policy;

import java.util.List;
import java.util.function.BiConsumer;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.medsoc.kernel.messaging.EventEnvelope;
import org.medsoc.kernel.messaging.IntegrationEvent;
import org.medsoc.platform.messaging.IntegrationEventRouter;
import org.medsoc.platform.messaging.OnBehalfOf;
import org.springframework.kafka.annotation.KafkaListener;

/**
 * A fact another service published on Kafka becomes a command here, taken on behalf of whoever
 * acted there and caused by that fact. Each policy has one name: its Kafka consumer group is {@code
 * <service>.<name>} and its inbox remembers under that name which facts it has acted on, so a fact
 * redelivered is acted on once. Each fact is acted on in a transaction of its own, whatever came in
 * the same poll: the command commits with its fact's inbox row and nothing else. A fact it cannot
 * act on is set aside on the dead-letter topic with the reason, and the partition moves on.
 */
public abstract class KafkaPolicy {

  private final String name;
  private final String topic;
  private final Policies policies;
  private final IntegrationEventRouter router;

  protected KafkaPolicy(String name, String topic, Policies policies) {
    this.name = name;
    this.topic = topic;
    this.policies = policies;
    this.router = new IntegrationEventRouter(name, policies.codec(), policies.inbox());
  }

  /** What this policy does when a fact of this contract arrives. */
  protected final <T extends IntegrationEvent> void when(
      Class<T> contract, BiConsumer<EventEnvelope, T> reaction) {
    router.on(contract, reaction);
  }

  /** Takes the step the fact calls for, on behalf of whoever acted where it comes from. */
  protected final void send(EventEnvelope cause, Object command) {
    policies
        .commands()
        .getObject()
        .sendAndWait(
            GenericCommandMessage.asCommandMessage(command)
                .withMetaData(OnBehalfOf.of(cause, policies.service())));
  }

  public final String consumerGroup() {
    return policies.consumerGroupPrefix() + "." + name;
  }

  public final String topic() {
    return topic;
  }

  @KafkaListener(id = "#{__listener.consumerGroup()}", topics = "#{__listener.topic()}")
  public final void on(List<ConsumerRecord<String, String>> records) {
    router.routeEach(records);
  }
}
