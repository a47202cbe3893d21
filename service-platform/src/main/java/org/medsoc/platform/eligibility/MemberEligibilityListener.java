package org.medsoc.platform.eligibility;

import java.util.List;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.medsoc.kernel.contracts.member.MemberErased;
import org.medsoc.kernel.contracts.member.MembershipChanged;
import org.medsoc.kernel.messaging.IntegrationEventCodec;
import org.medsoc.kernel.messaging.Topics;
import org.medsoc.platform.messaging.Inbox;
import org.medsoc.platform.messaging.IntegrationEventRouter;
import org.springframework.kafka.annotation.KafkaListener;

/**
 * Keeps the eligibility view up to date from member-service's membership facts; an erased member's
 * login no longer acts as them (their memberships stay, as facts).
 */
public class MemberEligibilityListener {

  static final String CONSUMER = "member-eligibility";

  private final IntegrationEventRouter router;

  public MemberEligibilityListener(
      MemberEligibilityView view, IntegrationEventCodec codec, Inbox inbox) {
    this.router =
        new IntegrationEventRouter(CONSUMER, codec, inbox)
            .on(
                MembershipChanged.class,
                (envelope, change) -> view.record(change, envelope.occurredAt()))
            .on(MemberErased.class, (envelope, erased) -> view.forgetLogin(erased.memberId()));
  }

  @KafkaListener(
      id = "${platform.kafka.consumer-group-prefix}." + CONSUMER,
      topics = Topics.MEMBERSHIPS)
  void on(List<ConsumerRecord<String, String>> records) {
    router.routeTogether(records);
  }
}
