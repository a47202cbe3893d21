package org.medsoc.member.mentorship.integration;

import java.util.List;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.medsoc.kernel.contracts.events.MentoringPairProposed;
import org.medsoc.kernel.messaging.IntegrationEventCodec;
import org.medsoc.kernel.messaging.Topics;
import org.medsoc.member.mentorship.query.MentorshipSuggestionView;
import org.medsoc.platform.messaging.Inbox;
import org.medsoc.platform.messaging.IntegrationEventRouter;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/** Speed-mentoring pairs events-service publishes become suggestions to the trainee. */
@Component
class MentorshipSuggestionListener {

  private final IntegrationEventRouter router;

  MentorshipSuggestionListener(
      MentorshipSuggestionView view, IntegrationEventCodec codec, Inbox inbox) {
    this.router =
        new IntegrationEventRouter("mentorship-suggestions", codec, inbox)
            .on(MentoringPairProposed.class, view::record);
  }

  @KafkaListener(
      id = "${platform.kafka.consumer-group-prefix}.mentorship-suggestions",
      topics = Topics.MENTORING_PAIRS)
  void on(List<ConsumerRecord<String, String>> records) {
    router.routeTogether(records);
  }
}
