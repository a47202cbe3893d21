package org.medsoc.notification.obligation;

import static org.medsoc.notification.obligation.Words.morningOf;
import static org.medsoc.notification.obligation.Words.notBefore;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.medsoc.kernel.contracts.member.MembershipChanged;
import org.medsoc.kernel.member.MembershipStatus;
import org.medsoc.kernel.messaging.EventEnvelope;
import org.medsoc.kernel.messaging.IntegrationEventCodec;
import org.medsoc.kernel.messaging.Topics;
import org.medsoc.notification.obligation.Ledger.Obligation;
import org.medsoc.platform.messaging.Inbox;
import org.medsoc.platform.messaging.IntegrationEventRouter;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/**
 * What a member hears of their membership: each step of it (not an import: the society's roster
 * moving systems is no news to its members) and, while it is active, the renewal reminder 30 days
 * before the paid period ends and the grace notice the day after. A renewal moves both to the new
 * period and withdraws the old ones; a lapse or a resignation withdraws them.
 */
@Component
public class MembershipObligations {

  /** The renewal reminder comes this many days before the paid period ends. */
  static final int RENEWAL_NOTICE_DAYS = 30;

  private final Ledger ledger;
  private final IntegrationEventRouter router;

  public MembershipObligations(Ledger ledger, IntegrationEventCodec codec, Inbox inbox) {
    this.ledger = ledger;
    this.router =
        new IntegrationEventRouter("membership-obligations", codec, inbox)
            .on(MembershipChanged.class, this::on);
  }

  @KafkaListener(
      id = "${platform.kafka.consumer-group-prefix}.membership-obligations",
      topics = Topics.MEMBERSHIPS)
  void on(List<ConsumerRecord<String, String>> records) {
    router.routeTogether(records);
  }

  private void on(EventEnvelope envelope, MembershipChanged m) {
    String link = "/me#membership-" + m.societyId();
    Kind news =
        switch (m.change()) {
          case APPLIED -> Kind.MEMBERSHIP_APPLIED;
          case APPROVED -> Kind.MEMBERSHIP_APPROVED;
          case REJECTED -> Kind.MEMBERSHIP_REJECTED;
          case LAPSED -> Kind.MEMBERSHIP_LAPSED;
          case REINSTATED -> Kind.MEMBERSHIP_REINSTATED;
          default -> null;
        };
    if (news != null) {
      ledger.owe(
          new Obligation(
              "membership:" + m.memberId() + ":" + m.memberVersion(),
              m.memberId(),
              news,
              m.societyId(),
              m.paidThrough() == null ? List.of() : List.of(m.paidThrough().toString()),
              link,
              envelope.occurredAt()));
    }
    String membership = m.memberId() + ":" + m.societyId() + ":";
    String renewals = "renewal-due:" + membership;
    String graces = "membership-grace:" + membership;
    String renewal = null;
    String grace = null;
    if (m.status() == MembershipStatus.ACTIVE && m.paidThrough() != null) {
      LocalDate paidThrough = m.paidThrough();
      List<String> args = List.of(paidThrough.toString());
      if (!paidThrough.isBefore(LocalDate.ofInstant(envelope.occurredAt(), ZoneOffset.UTC))) {
        renewal = renewals + paidThrough;
        ledger.owe(
            new Obligation(
                renewal,
                m.memberId(),
                Kind.RENEWAL_DUE,
                m.societyId(),
                args,
                link,
                notBefore(
                    morningOf(paidThrough.minusDays(RENEWAL_NOTICE_DAYS), ZoneOffset.UTC),
                    envelope.occurredAt())));
      }
      grace = graces + paidThrough;
      ledger.owe(
          new Obligation(
              grace,
              m.memberId(),
              Kind.MEMBERSHIP_GRACE,
              m.societyId(),
              args,
              link,
              notBefore(
                  morningOf(paidThrough.plusDays(1), ZoneOffset.UTC), envelope.occurredAt())));
    }
    ledger.withdrawAllBut(renewals, renewal);
    ledger.withdrawAllBut(graces, grace);
  }
}
