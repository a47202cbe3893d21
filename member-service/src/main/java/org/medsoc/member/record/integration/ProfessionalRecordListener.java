package org.medsoc.member.record.integration;

import java.util.List;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.medsoc.kernel.contracts.record.AchievementRecorded;
import org.medsoc.kernel.messaging.IntegrationEventCodec;
import org.medsoc.kernel.messaging.Topics;
import org.medsoc.member.record.query.ProfessionalRecordView;
import org.medsoc.platform.messaging.Inbox;
import org.medsoc.platform.messaging.IntegrationEventRouter;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/** Achievements other services publish go into the member's professional record. */
@Component
class ProfessionalRecordListener {

  private final IntegrationEventRouter router;

  ProfessionalRecordListener(
      ProfessionalRecordView view, IntegrationEventCodec codec, Inbox inbox) {
    this.router =
        new IntegrationEventRouter("professional-record", codec, inbox)
            .on(AchievementRecorded.class, view::record);
  }

  @KafkaListener(
      id = "${platform.kafka.consumer-group-prefix}.professional-record",
      topics = Topics.ACHIEVEMENTS)
  void on(List<ConsumerRecord<String, String>> records) {
    router.routeTogether(records);
  }
}
