package org.medsoc.kernel.contracts.committee;

import java.time.LocalDate;
import java.util.Objects;
import org.medsoc.kernel.messaging.IntegrationEvent;
import org.medsoc.kernel.messaging.IntegrationEventType;
import org.medsoc.kernel.messaging.Topics;

/**
 * Version 1: one step of a committee appointment, with the application or nomination it came from,
 * so an audit can tell who sat on a committee on any day and who nominated them. APPOINTED carries
 * every field; a later step carries the committee, the appointment, the member and what it changed.
 *
 * @param committeeId the committee (and the Kafka key: a committee's roster stays in order)
 * @param appointmentId the appointment
 * @param step what happened
 * @param committeeName the committee's name
 * @param societyId the committee's society
 * @param memberId the member appointed
 * @param role the seat (CHAIR, VICE_CHAIR, MEMBER, TRAINEE_REPRESENTATIVE)
 * @param termStart the first day of the term
 * @param termEnd the last day of the term, after this step
 * @param endedOn the day an appointment ended early
 * @param submissionId the selected application or nomination it came from; null for a direct one
 * @param reason the stated reason of an early end or a flag
 * @param version increases with every change of the committee; newer wins
 */
@IntegrationEventType(
    name = "committee.AppointmentRecorded",
    version = 1,
    topic = Topics.APPOINTMENTS)
public record AppointmentRecorded(
    String committeeId,
    String appointmentId,
    Step step,
    String committeeName,
    String societyId,
    String memberId,
    String role,
    LocalDate termStart,
    LocalDate termEnd,
    LocalDate endedOn,
    String submissionId,
    String reason,
    long version)
    implements IntegrationEvent {

  public enum Step {
    APPOINTED,
    RENEWED,
    ENDED,
    TERM_ENDED,
    FLAGGED
  }

  public AppointmentRecorded {
    Objects.requireNonNull(committeeId, "committeeId is required");
    Objects.requireNonNull(appointmentId, "appointmentId is required");
    Objects.requireNonNull(step, "step is required");
    Objects.requireNonNull(memberId, "memberId is required");
  }

  /** A member is appointed: every field. */
  public static AppointmentRecorded appointed(
      String committeeId,
      String appointmentId,
      String committeeName,
      String societyId,
      String memberId,
      String role,
      LocalDate termStart,
      LocalDate termEnd,
      String submissionId,
      long version) {
    return new AppointmentRecorded(
        committeeId,
        appointmentId,
        Step.APPOINTED,
        committeeName,
        societyId,
        memberId,
        role,
        termStart,
        termEnd,
        null,
        submissionId,
        null,
        version);
  }

  /** The term moves: renewed to a new last day, or ended on its last day. */
  public static AppointmentRecorded term(
      String committeeId,
      String appointmentId,
      Step step,
      String memberId,
      LocalDate termEnd,
      long version) {
    return later(committeeId, appointmentId, step, memberId, termEnd, null, null, version);
  }

  /** The appointment ends early, on a day and for a reason. */
  public static AppointmentRecorded ended(
      String committeeId,
      String appointmentId,
      String memberId,
      LocalDate endedOn,
      String reason,
      long version) {
    return later(committeeId, appointmentId, Step.ENDED, memberId, null, endedOn, reason, version);
  }

  /** The appointment is flagged for staff, with the reason. */
  public static AppointmentRecorded flagged(
      String committeeId, String appointmentId, String memberId, String reason, long version) {
    return later(committeeId, appointmentId, Step.FLAGGED, memberId, null, null, reason, version);
  }

  private static AppointmentRecorded later(
      String committeeId,
      String appointmentId,
      Step step,
      String memberId,
      LocalDate termEnd,
      LocalDate endedOn,
      String reason,
      long version) {
    return new AppointmentRecorded(
        committeeId,
        appointmentId,
        step,
        null,
        null,
        memberId,
        null,
        null,
        termEnd,
        endedOn,
        null,
        reason,
        version);
  }

  @Override
  public String aggregateId() {
    return committeeId;
  }
}
