package org.medsoc.notification.obligation;

import static org.medsoc.notification.obligation.Words.morningOf;
import static org.medsoc.notification.obligation.Words.notBefore;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.medsoc.kernel.contracts.committee.AppointmentRecorded;
import org.medsoc.kernel.contracts.committee.CallRecorded;
import org.medsoc.kernel.contracts.committee.EndorsementRecorded;
import org.medsoc.kernel.contracts.committee.NominationRecorded;
import org.medsoc.kernel.messaging.EventEnvelope;
import org.medsoc.kernel.messaging.IntegrationEventCodec;
import org.medsoc.kernel.messaging.Topics;
import org.medsoc.notification.obligation.Ledger.Obligation;
import org.medsoc.notification.recipient.Recipients;
import org.medsoc.platform.messaging.Inbox;
import org.medsoc.platform.messaging.IntegrationEventRouter;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/**
 * What a nominee and an appointee hear: the consent a nomination waits for (the call's title, never
 * who nominated nor the statement), the decision, the appointment, and the term ending in 60 days
 * (withdrawn when the term is renewed or ended first); what the members a call is open to hear, and
 * the endorsements asked of someone.
 */
@Component
public class CommitteeObligations {

  /** The notice of a term ending comes this many days before its last day. */
  static final int TERM_ENDING_NOTICE_DAYS = 60;

  private final Ledger ledger;
  private final IntegrationEventRouter router;

  private final Recipients recipients;

  public CommitteeObligations(
      Ledger ledger, Recipients recipients, IntegrationEventCodec codec, Inbox inbox) {
    this.ledger = ledger;
    this.recipients = recipients;
    this.router =
        new IntegrationEventRouter("committee-obligations", codec, inbox)
            .on(NominationRecorded.class, this::nomination)
            .on(AppointmentRecorded.class, this::appointment)
            .on(CallRecorded.class, this::call)
            .on(EndorsementRecorded.class, this::endorsement);
  }

  @KafkaListener(
      id = "${platform.kafka.consumer-group-prefix}.committee-obligations",
      topics = {Topics.NOMINATIONS, Topics.APPOINTMENTS, Topics.CALLS})
  void on(List<ConsumerRecord<String, String>> records) {
    router.routeTogether(records);
  }

  private void nomination(EventEnvelope envelope, NominationRecorded n) {
    Kind kind =
        switch (n.step()) {
          case SUBMITTED -> Kind.NOMINATION_CONSENT;
          case SELECTED -> Kind.NOMINATION_SELECTED;
          case NOT_SELECTED -> Kind.NOMINATION_NOT_SELECTED;
          default -> null;
        };
    if (kind == null) {
      return;
    }
    ledger.owe(
        new Obligation(
            kind == Kind.NOMINATION_CONSENT
                ? "nomination-consent:" + n.nominationId()
                : "nomination-decided:" + n.nominationId(),
            n.nomineeId(),
            kind,
            n.societyId(),
            List.of(n.title()),
            "/service#received",
            envelope.occurredAt()));
  }

  /**
   * Each member the call is open to hears of it from its first morning (in a weekly digest unless
   * they chose otherwise); what is still waiting when the call closes is withdrawn.
   */
  private void call(EventEnvelope envelope, CallRecorded c) {
    String calls = "call-opened:" + c.callId() + ":";
    if (c.step() == CallRecorded.Step.CLOSED) {
      ledger.withdrawAll(calls);
      return;
    }
    List<String> args = List.of(c.title(), String.valueOf(c.closesOn()));
    Instant due = notBefore(morningOf(c.opensOn(), ZoneOffset.UTC), envelope.occurredAt());
    for (String memberId : recipients.openTo(c)) {
      ledger.owe(
          new Obligation(
              calls + memberId,
              memberId,
              Kind.CALL_OPENED,
              c.societyId(),
              args,
              "/service#call-" + c.callId(),
              due));
    }
  }

  /** The endorser hears they are asked (never the statement); once they endorse it is done. */
  private void endorsement(EventEnvelope envelope, EndorsementRecorded e) {
    String id = "endorsement:" + e.applicationId() + ":" + e.endorserId();
    if (e.step() == EndorsementRecorded.Step.GIVEN) {
      ledger.withdraw(id);
      return;
    }
    ledger.owe(
        new Obligation(
            id,
            e.endorserId(),
            Kind.ENDORSEMENT_REQUESTED,
            e.societyId(),
            List.of(Words.member(e.applicantId()), e.title()),
            "/service#endorse-" + e.applicationId(),
            envelope.occurredAt()));
  }

  private void appointment(EventEnvelope envelope, AppointmentRecorded a) {
    String terms = "term-ending:" + a.appointmentId() + ":";
    String term = null;
    switch (a.step()) {
      case APPOINTED, RENEWED -> {
        List<String> args =
            List.of(
                a.committeeName(),
                Words.role(a.role()),
                String.valueOf(a.termStart()),
                String.valueOf(a.termEnd()));
        ledger.owe(
            new Obligation(
                "appointment:" + a.appointmentId() + ":" + a.version(),
                a.memberId(),
                Kind.APPOINTMENT_MADE,
                a.societyId(),
                args,
                "/service",
                envelope.occurredAt()));
        if (a.termEnd() == null
            || a.termEnd().isBefore(LocalDate.ofInstant(envelope.occurredAt(), ZoneOffset.UTC))) {
          break;
        }
        term = terms + a.termEnd();
        ledger.owe(
            new Obligation(
                term,
                a.memberId(),
                Kind.TERM_ENDING,
                a.societyId(),
                args,
                "/service",
                notBefore(
                    morningOf(a.termEnd().minusDays(TERM_ENDING_NOTICE_DAYS), ZoneOffset.UTC),
                    envelope.occurredAt())));
      }
      case ENDED, TERM_ENDED -> {}
      default -> {
        return;
      }
    }
    ledger.withdrawAllBut(terms, term);
  }
}
