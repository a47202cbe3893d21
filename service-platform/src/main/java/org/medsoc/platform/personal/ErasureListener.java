package org.medsoc.platform.personal;

import java.util.List;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.medsoc.kernel.contracts.member.MemberErased;
import org.medsoc.kernel.messaging.IntegrationEventCodec;
import org.medsoc.kernel.messaging.Topics;
import org.medsoc.platform.messaging.Inbox;
import org.medsoc.platform.messaging.IntegrationEventRouter;
import org.springframework.kafka.annotation.KafkaListener;

/**
 * Every service destroys its own key for a member member-service erased, so that what it stored of
 * the person (a statement, a meeting's purpose) reads as erased from then on, and has its views
 * that copy such words ({@link ErasedMemberViews}) scrubbed.
 */
public class ErasureListener {

  static final String CONSUMER = "erasure";

  private final IntegrationEventRouter router;

  public ErasureListener(
      ViewScrubs scrubs,
      java.util.List<ErasedMemberViews> views,
      IntegrationEventCodec codec,
      Inbox inbox) {
    this.router =
        new IntegrationEventRouter(CONSUMER, codec, inbox)
            .on(
                MemberErased.class,
                (envelope, erased) ->
                    scrubs.erase(
                        erased.memberId(), member -> views.forEach(view -> view.scrub(member))));
  }

  @KafkaListener(
      id = "${platform.kafka.consumer-group-prefix}." + CONSUMER,
      topics = Topics.MEMBERSHIPS)
  void on(List<ConsumerRecord<String, String>> records) {
    router.routeTogether(records);
  }
}
