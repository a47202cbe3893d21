package org.medsoc.audit.ingest;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.Array;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.medsoc.kernel.contracts.committee.AppointmentRecorded;
import org.medsoc.kernel.contracts.committee.NominationRecorded;
import org.medsoc.kernel.contracts.events.SpeakerRecorded;
import org.medsoc.kernel.contracts.member.IntroductionRecorded;
import org.medsoc.kernel.contracts.member.MentorshipStepRecorded;
import org.medsoc.kernel.contracts.member.SponsorshipActionRecorded;
import org.medsoc.kernel.contracts.record.AchievementRecorded;
import org.medsoc.kernel.json.KernelJson;
import org.medsoc.kernel.messaging.EventEnvelope;
import org.medsoc.kernel.messaging.IntegrationEventCodec;
import org.medsoc.kernel.messaging.Topics;
import org.medsoc.platform.messaging.Inbox;
import org.medsoc.platform.messaging.IntegrationEventRouter;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/**
 * Writes every audited action as it arrives from Kafka, once (the inbox drops redeliveries), with
 * its envelope's actor, on-behalf-of, correlation and causation. Appointments and nominations also
 * keep their latest state, newest version winning, for the as-of questions.
 */
@Component
public class AuditLog {

  public enum Kind {
    INTRODUCTION,
    MENTORSHIP,
    SPONSORSHIP,
    NOMINATION,
    APPOINTMENT,
    SPEAKER,
    ACHIEVEMENT
  }

  private static final ObjectMapper JSON = KernelJson.newObjectMapper();

  private final JdbcTemplate jdbc;
  private final ErasedWords erasedWords;
  private final IntegrationEventRouter router;

  public AuditLog(
      JdbcTemplate jdbc, ErasedWords erasedWords, IntegrationEventCodec codec, Inbox inbox) {
    this.jdbc = jdbc;
    this.erasedWords = erasedWords;
    this.router =
        new IntegrationEventRouter("audit-log", codec, inbox)
            .on(IntroductionRecorded.class, this::introduction)
            .on(MentorshipStepRecorded.class, this::mentorship)
            .on(SponsorshipActionRecorded.class, this::sponsorship)
            .on(NominationRecorded.class, this::nomination)
            .on(AppointmentRecorded.class, this::appointment)
            .on(SpeakerRecorded.class, this::speaker)
            .on(AchievementRecorded.class, this::achievement);
  }

  @KafkaListener(
      id = "${platform.kafka.consumer-group-prefix}.audit-log",
      topics = {
        Topics.INTRODUCTIONS,
        Topics.MENTORSHIPS,
        Topics.SPONSORSHIPS,
        Topics.NOMINATIONS,
        Topics.APPOINTMENTS,
        Topics.SPEAKERS,
        Topics.ACHIEVEMENTS
      })
  void on(List<ConsumerRecord<String, String>> records) {
    router.routeTogether(records);
  }

  private void introduction(EventEnvelope envelope, IntroductionRecorded e) {
    Action action =
        Action.of(Kind.INTRODUCTION, e.step().name(), e.introductionId())
            .related(e.sponsorshipId())
            .because(e.reason());
    record(
        envelope,
        e.sponsorshipId() != null ? action.sponsoredBy(e.introducerId()) : action,
        e,
        e.introducerId(),
        e.firstMemberId(),
        e.secondMemberId());
  }

  private void mentorship(EventEnvelope envelope, MentorshipStepRecorded e) {
    record(
        envelope,
        Action.of(Kind.MENTORSHIP, e.step().name(), e.mentorshipId()),
        e,
        e.menteeId(),
        e.mentorId());
  }

  private void sponsorship(EventEnvelope envelope, SponsorshipActionRecorded e) {
    record(
        envelope,
        Action.of(Kind.SPONSORSHIP, e.action().name(), e.sponsorshipId())
            .related(e.actionId())
            .sponsoredBy(e.sponsorId())
            .because(e.outcome()),
        e,
        e.sponsorId(),
        e.protegeId());
  }

  private void nomination(EventEnvelope envelope, NominationRecorded e) {
    // A nomination is a sponsor's only once member-service confirms the sponsorship it names (its
    // NOMINATED action); the nomination's own claim is not that confirmation: no sponsor here.
    record(
        envelope,
        Action.of(Kind.NOMINATION, e.step().name(), e.nominationId())
            .related(e.carriedFromNominationId())
            .inSociety(e.societyId())
            .because(e.reason()),
        e,
        e.nominatorId(),
        e.nomineeId());
    jdbc.update(
        """
        INSERT INTO audit_nomination (nomination_id, call_id, committee_id, society_id, purpose, title,
            nominator_id, nominee_id, sponsorship_id, carried_from, status, submitted_at, version)
        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
        ON CONFLICT (nomination_id) DO UPDATE SET status = EXCLUDED.status, version = EXCLUDED.version
        WHERE audit_nomination.version < EXCLUDED.version
        """,
        e.nominationId(),
        e.callId(),
        e.committeeId(),
        e.societyId(),
        e.purpose().name(),
        e.title(),
        e.nominatorId(),
        e.nomineeId(),
        e.sponsorshipId(),
        e.carriedFromNominationId(),
        e.step().name(),
        Timestamp.from(envelope.occurredAt()),
        e.version());
  }

  private void appointment(EventEnvelope envelope, AppointmentRecorded e) {
    record(
        envelope,
        Action.of(Kind.APPOINTMENT, e.step().name(), e.appointmentId())
            .related(e.submissionId())
            .inSociety(e.societyId())
            .because(e.reason()),
        e,
        e.memberId());
    if (e.step() == AppointmentRecorded.Step.APPOINTED) {
      jdbc.update(
          """
          INSERT INTO audit_appointment (appointment_id, committee_id, committee_name, society_id,
              member_id, role, term_start, term_end, submission_id, appointed_by, version)
          VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (appointment_id) DO NOTHING
          """,
          e.appointmentId(),
          e.committeeId(),
          e.committeeName(),
          e.societyId(),
          e.memberId(),
          e.role(),
          date(e.termStart()),
          date(e.termEnd()),
          e.submissionId(),
          envelope.principal() == null ? null : envelope.principal().subject(),
          e.version());
    } else {
      jdbc.update(
          """
          UPDATE audit_appointment SET term_end = COALESCE(?, term_end),
              ended_on = COALESCE(?, ended_on), version = ?
          WHERE appointment_id = ? AND version < ?
          """,
          e.step() == AppointmentRecorded.Step.RENEWED ? date(e.termEnd()) : null,
          date(e.endedOn()),
          e.version(),
          e.appointmentId(),
          e.version());
    }
  }

  private void speaker(EventEnvelope envelope, SpeakerRecorded e) {
    record(
        envelope,
        Action.of(Kind.SPEAKER, e.step().name(), e.invitationId())
            .related(e.nominationId())
            .inSociety(e.societyId())
            .because(e.reason()),
        e,
        e.memberId());
  }

  private void achievement(EventEnvelope envelope, AchievementRecorded e) {
    record(
        envelope, Action.of(Kind.ACHIEVEMENT, e.kind().name(), e.achievementId()), e, e.memberId());
  }

  /** What an audited action says beyond its people: what it concerns, where, whose, and why. */
  private record Action(
      Kind kind,
      String step,
      String subjectId,
      String relatedId,
      String societyId,
      String sponsorId,
      String reason) {

    static Action of(Kind kind, String step, String subjectId) {
      return new Action(kind, step, subjectId, null, null, null, null);
    }

    Action related(String id) {
      return new Action(kind, step, subjectId, id, societyId, sponsorId, reason);
    }

    Action inSociety(String id) {
      return new Action(kind, step, subjectId, relatedId, id, sponsorId, reason);
    }

    Action sponsoredBy(String id) {
      return new Action(kind, step, subjectId, relatedId, societyId, id, reason);
    }

    Action because(String why) {
      return new Action(kind, step, subjectId, relatedId, societyId, sponsorId, why);
    }
  }

  private void record(EventEnvelope envelope, Action action, Object detail, String... members) {
    jdbc.update(
        """
        INSERT INTO audit_action (action_id, occurred_at, kind, step, subject_id, related_id,
            society_id, sponsor_id, members, actor, on_behalf_of, correlation_id, causation_id,
            reason, detail)
        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, CAST(? AS jsonb))
        ON CONFLICT (action_id) DO NOTHING
        """,
        ps -> {
          ps.setObject(1, envelope.eventId());
          ps.setTimestamp(2, Timestamp.from(envelope.occurredAt()));
          ps.setString(3, action.kind().name());
          ps.setString(4, action.step());
          ps.setString(5, action.subjectId());
          ps.setString(6, action.relatedId());
          ps.setString(7, action.societyId());
          ps.setString(8, action.sponsorId());
          Array people =
              ps.getConnection()
                  .createArrayOf(
                      "text", Arrays.stream(members).filter(Objects::nonNull).distinct().toArray());
          ps.setArray(9, people);
          ps.setString(10, envelope.principal() == null ? null : envelope.principal().subject());
          ps.setString(11, envelope.onBehalfOf() == null ? null : envelope.onBehalfOf().subject());
          ps.setString(12, envelope.correlationId());
          ps.setString(13, envelope.causationId());
          ps.setString(14, action.reason());
          try {
            ps.setString(15, JSON.writeValueAsString(detail));
          } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
          }
        });
    // A fact that arrives after one of its people was erased keeps no words about them either.
    erasedWords.ifErased(envelope.eventId());
  }

  private static Date date(LocalDate day) {
    return day == null ? null : Date.valueOf(day);
  }
}
