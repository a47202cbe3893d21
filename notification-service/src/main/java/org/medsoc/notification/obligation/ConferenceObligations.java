package org.medsoc.notification.obligation;

import static org.medsoc.notification.obligation.Words.conference;
import static org.medsoc.notification.obligation.Words.member;
import static org.medsoc.notification.obligation.Words.morningOf;
import static org.medsoc.notification.obligation.Words.notBefore;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.medsoc.kernel.contracts.events.AbstractRecorded;
import org.medsoc.kernel.contracts.events.MeetingStepRecorded;
import org.medsoc.kernel.contracts.events.RegistrationRecorded;
import org.medsoc.kernel.contracts.events.SpeakerRecorded;
import org.medsoc.kernel.messaging.EventEnvelope;
import org.medsoc.kernel.messaging.IntegrationEventCodec;
import org.medsoc.kernel.messaging.Topics;
import org.medsoc.notification.obligation.Ledger.Obligation;
import org.medsoc.platform.messaging.Inbox;
import org.medsoc.platform.messaging.IntegrationEventRouter;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/**
 * What attendees hear of a conference: their registration, an invitation to speak, and each step of
 * a meeting with another attendee and of the follow-up it owes. The requester hears of the answers
 * and owes the follow-up, the invitee of the request; who declines or cancels is not told of their
 * own step; nobody is told what a meeting is for. The follow-up reminder comes on its window's
 * first morning, the nudge once, and either is withdrawn when the step is taken first.
 */
@Component
public class ConferenceObligations {

  private static final DateTimeFormatter MEETING_TIME =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

  private final Ledger ledger;
  private final IntegrationEventRouter router;

  public ConferenceObligations(Ledger ledger, IntegrationEventCodec codec, Inbox inbox) {
    this.ledger = ledger;
    this.router =
        new IntegrationEventRouter("conference-obligations", codec, inbox)
            .on(MeetingStepRecorded.class, this::meeting)
            .on(RegistrationRecorded.class, this::registration)
            .on(SpeakerRecorded.class, this::speaker)
            .on(AbstractRecorded.class, this::abstractDecided);
  }

  @KafkaListener(
      id = "${platform.kafka.consumer-group-prefix}.conference-obligations",
      topics = {Topics.MEETINGS, Topics.REGISTRATIONS, Topics.SPEAKERS, Topics.ABSTRACTS})
  void on(List<ConsumerRecord<String, String>> records) {
    router.routeTogether(records);
  }

  private void registration(EventEnvelope envelope, RegistrationRecorded r) {
    Kind kind =
        switch (r.step()) {
          case REGISTERED -> Kind.REGISTRATION_CONFIRMED;
          case WAITLISTED -> Kind.REGISTRATION_WAITLISTED;
          case PROMOTED -> Kind.REGISTRATION_PROMOTED;
          default -> null;
        };
    if (kind != null) {
      ledger.owe(
          new Obligation(
              "registration:" + r.registrationId() + ":" + r.version(),
              r.memberId(),
              kind,
              r.societyId(),
              List.of(conference(r.conferenceId())),
              "/attend/" + r.conferenceId() + "#registration",
              envelope.occurredAt()));
    }
  }

  private void speaker(EventEnvelope envelope, SpeakerRecorded s) {
    if (s.step() == SpeakerRecorded.Step.INVITED) {
      ledger.owe(
          new Obligation(
              "speaker-invited:" + s.invitationId(),
              s.memberId(),
              Kind.SPEAKER_INVITED,
              s.societyId(),
              List.of(conference(s.conferenceId())),
              "/attend/" + s.conferenceId() + "#invitations",
              envelope.occurredAt()));
    }
  }

  /** The author hears the decision on their abstract; the reason stays in the portal. */
  private void abstractDecided(EventEnvelope envelope, AbstractRecorded a) {
    Kind kind =
        switch (a.step()) {
          case ACCEPTED -> Kind.ABSTRACT_ACCEPTED;
          case REJECTED -> Kind.ABSTRACT_REJECTED;
          case SUBMITTED -> null;
        };
    if (kind == null) {
      return;
    }
    ledger.owe(
        new Obligation(
            "abstract-decided:" + a.abstractId(),
            a.memberId(),
            kind,
            a.societyId(),
            List.of(a.title() == null ? "" : a.title(), conference(a.conferenceId())),
            "/attend/" + a.conferenceId() + "#abstracts",
            envelope.occurredAt()));
  }

  private void meeting(EventEnvelope envelope, MeetingStepRecorded m) {
    ZoneId zone = m.timeZone() == null ? ZoneOffset.UTC : ZoneId.of(m.timeZone());
    String link = "/attend/" + m.conferenceId();
    String step = "meeting:" + m.meetingId() + ":" + m.sequence();
    String followUp = "meeting-follow-up:" + m.meetingId();
    String nudge = "meeting-nudge:" + m.meetingId();
    switch (m.step()) {
      case REQUESTED ->
          owe(
              step,
              m.inviteeId(),
              Kind.MEETING_REQUESTED,
              m,
              List.of(member(m.requesterId()), at(m.startsAt(), zone)),
              link + "#meetings",
              envelope.occurredAt());
      case ACCEPTED ->
          owe(
              step,
              m.requesterId(),
              Kind.MEETING_ACCEPTED,
              m,
              List.of(member(m.inviteeId()), at(m.startsAt(), zone)),
              link + "#agenda",
              envelope.occurredAt());
      case OTHER_TIME_PROPOSED ->
          owe(
              step,
              m.requesterId(),
              Kind.MEETING_OTHER_TIME,
              m,
              List.of(member(m.inviteeId()), at(m.startsAt(), zone)),
              link + "#meetings",
              envelope.occurredAt());
      case DECLINED, CANCELLED -> {
        boolean byRequester = m.requesterId().equals(m.actingMemberId());
        owe(
            step,
            byRequester ? m.inviteeId() : m.requesterId(),
            m.step() == MeetingStepRecorded.Step.DECLINED
                ? Kind.MEETING_DECLINED
                : Kind.MEETING_CANCELLED,
            m,
            List.of(member(byRequester ? m.requesterId() : m.inviteeId())),
            link + "#meetings",
            envelope.occurredAt());
      }
      case FOLLOW_UP_DUE ->
          owe(
              followUp,
              m.requesterId(),
              Kind.MEETING_FOLLOW_UP,
              m,
              List.of(member(m.inviteeId()), m.dueBy().toString()),
              link + "#owed",
              morningOf(m.dueFrom(), zone));
      case NUDGE_DUE ->
          owe(
              nudge,
              m.requesterId(),
              Kind.MEETING_NUDGE,
              m,
              List.of(member(m.inviteeId()), m.dueBy().toString()),
              link + "#owed",
              notBefore(morningOf(m.dueFrom(), zone), envelope.occurredAt()));
      case FOLLOW_UP_SENT -> ledger.withdraw(followUp);
      case NUDGE_SENT, REPLIED, FOLLOW_UP_CLOSED -> {
        ledger.withdraw(followUp);
        ledger.withdraw(nudge);
      }
    }
  }

  private void owe(
      String id,
      String memberId,
      Kind kind,
      MeetingStepRecorded m,
      List<String> args,
      String link,
      Instant due) {
    ledger.owe(new Obligation(id, memberId, kind, m.societyId(), args, link, due));
  }

  private static String at(Instant instant, ZoneId zone) {
    return instant == null ? "" : MEETING_TIME.format(instant.atZone(zone));
  }
}
