package org.medsoc.platform.policy;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.commandhandling.SimpleCommandBus;
import org.axonframework.commandhandling.gateway.DefaultCommandGateway;
import org.junit.jupiter.api.Test;
import org.medsoc.kernel.contracts.member.MemberErased;
import org.medsoc.kernel.contracts.member.TouchBaseScheduled;
import org.medsoc.kernel.messaging.ActingPrincipal;
import org.medsoc.kernel.messaging.EventEnvelope;
import org.medsoc.kernel.messaging.IntegrationEvent;
import org.medsoc.kernel.messaging.IntegrationEventCodec;
import org.medsoc.kernel.messaging.Topics;
import org.medsoc.platform.axon.AuditMetadata;
import org.medsoc.platform.messaging.Inbox;
import org.springframework.beans.factory.support.StaticListableBeanFactory;

/** A fact from another service becomes one command here, on behalf of whoever acted there. */
class KafkaPolicyTest {

  /** Remembers handled event ids in memory; the real one does it in the effect's transaction. */
  static final class RememberingInbox extends Inbox {
    private final Set<String> handled = new HashSet<>();

    RememberingInbox() {
      super(null, null);
    }

    @Override
    public boolean processOnce(String consumer, Delivery delivery) {
      if (!handled.add(consumer + "/" + delivery.envelope().eventId())) {
        return false;
      }
      delivery.effect().run();
      return true;
    }
  }

  record ForgetEverywhere(String memberId) {}

  static final class ErasurePolicy extends KafkaPolicy {
    ErasurePolicy(Policies policies) {
      super("erasure-watch", Topics.MEMBERSHIPS, policies);
      when(
          MemberErased.class,
          (cause, erased) -> send(cause, new ForgetEverywhere(erased.memberId())));
    }
  }

  private final IntegrationEventCodec codec = new IntegrationEventCodec();
  private final List<CommandMessage<?>> sent = new ArrayList<>();
  private final ErasurePolicy policy;

  KafkaPolicyTest() {
    SimpleCommandBus bus = SimpleCommandBus.builder().build();
    bus.subscribe(
        ForgetEverywhere.class.getName(),
        command -> {
          sent.add(command);
          return null;
        });
    StaticListableBeanFactory beans = new StaticListableBeanFactory();
    beans.addBean("commands", DefaultCommandGateway.builder().commandBus(bus).build());
    policy =
        new ErasurePolicy(
            new Policies(
                beans.getBeanProvider(
                    org.axonframework.commandhandling.gateway.CommandGateway.class),
                codec,
                new RememberingInbox(),
                "committee-service",
                "committee-service"));
  }

  private ConsumerRecord<String, String> record(IntegrationEvent fact, UUID eventId) {
    EventEnvelope envelope =
        codec.wrap(
            fact,
            eventId,
            Instant.parse("2027-03-05T10:00:00Z"),
            new ActingPrincipal("login-ana", List.of("MEMBER")),
            null,
            "correlation-1",
            "cause-1");
    return new ConsumerRecord<>(
        Topics.MEMBERSHIPS, 0, 0, fact.aggregateId(), codec.encode(envelope));
  }

  @Test
  void aFactBecomesTheCommandOnBehalfOfWhoeverActedThere() {
    UUID eventId = UUID.randomUUID();
    policy.on(
        List.of(
            record(
                new MemberErased("dr-ana", "CONSENT_WITHDRAWN", LocalDate.of(2027, 3, 5), 9),
                eventId)));

    assertThat(sent).hasSize(1);
    CommandMessage<?> command = sent.get(0);
    assertThat(command.getPayload()).isEqualTo(new ForgetEverywhere("dr-ana"));
    assertThat(command.getMetaData())
        .containsEntry(AuditMetadata.ON_BEHALF_OF, "login-ana")
        .containsEntry(AuditMetadata.CORRELATION_ID, "correlation-1")
        .containsEntry(AuditMetadata.CAUSATION_ID, eventId.toString());
    assertThat(AuditMetadata.principal(command.getMetaData()).subject())
        .contains("committee-service");
  }

  @Test
  void aFactDeliveredTwiceIsActedOnOnce() {
    UUID eventId = UUID.randomUUID();
    MemberErased erased =
        new MemberErased("dr-ana", "CONSENT_WITHDRAWN", LocalDate.of(2027, 3, 5), 9);
    policy.on(List.of(record(erased, eventId)));
    policy.on(List.of(record(erased, eventId)));

    assertThat(sent).hasSize(1);
  }

  @Test
  void aFactThePolicyDoesNotActOnIsPassedOver() {
    policy.on(
        List.of(
            record(
                new TouchBaseScheduled("ct-1", "dr-ana", LocalDate.of(2027, 3, 5), null, 1),
                UUID.randomUUID())));

    assertThat(sent).isEmpty();
  }

  @Test
  void thePolicysOneNameIsItsConsumerGroupUnderTheService() {
    assertThat(policy.consumerGroup()).isEqualTo("committee-service.erasure-watch");
    assertThat(policy.topic()).isEqualTo(Topics.MEMBERSHIPS);
  }
}
