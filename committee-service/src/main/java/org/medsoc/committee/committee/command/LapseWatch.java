package org.medsoc.committee.committee.command;

import java.time.LocalDate;
import java.time.ZoneOffset;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.medsoc.committee.committee.api.FlagAppointment;
import org.medsoc.committee.committee.query.CommitteeDirectory;
import org.medsoc.kernel.contracts.member.MembershipChanged;
import org.medsoc.kernel.messaging.EventEnvelope;
import org.medsoc.kernel.messaging.IntegrationEventCodec;
import org.medsoc.kernel.messaging.Topics;
import org.medsoc.platform.messaging.Inbox;
import org.medsoc.platform.messaging.IntegrationEventRouter;
import org.medsoc.platform.messaging.OnBehalfOf;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/**
 * When a member's membership stops being active during a term, flags each of their current
 * appointments in that society for staff. The flag is committee-service's own action, on behalf of
 * whoever acted in member-service, caused by the membership fact.
 */
@Component
class LapseWatch {

  private final CommitteeDirectory committees;
  private final CommandGateway commands;
  private final String service;
  private final IntegrationEventRouter router;

  LapseWatch(
      CommitteeDirectory committees,
      CommandGateway commands,
      IntegrationEventCodec codec,
      Inbox inbox,
      @Value("${spring.application.name}") String service) {
    this.committees = committees;
    this.commands = commands;
    this.service = service;
    this.router =
        new IntegrationEventRouter("appointment-lapse-watch", codec, inbox)
            .on(MembershipChanged.class, this::on);
  }

  @KafkaListener(
      id = "${platform.kafka.consumer-group-prefix}.appointment-lapse-watch",
      topics = Topics.MEMBERSHIPS)
  void on(ConsumerRecord<String, String> record) {
    router.route(record);
  }

  private void on(EventEnvelope envelope, MembershipChanged change) {
    if (change.status().grantsMemberRights()) {
      return;
    }
    LocalDate today = LocalDate.now(ZoneOffset.UTC);
    for (String[] appointment :
        committees.currentAppointments(change.memberId(), change.societyId(), today)) {
      commands.sendAndWait(
          GenericCommandMessage.asCommandMessage(
                  new FlagAppointment(
                      appointment[0], appointment[1], "membership " + change.status()))
              .withMetaData(OnBehalfOf.of(envelope, service)));
    }
  }
}
