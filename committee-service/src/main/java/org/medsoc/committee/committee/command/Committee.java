package org.medsoc.committee.committee.command;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.deadline.DeadlineManager;
import org.axonframework.deadline.annotation.DeadlineHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;
import org.medsoc.committee.committee.api.*;
import org.medsoc.kernel.error.DomainException;
import org.medsoc.platform.eligibility.Eligibility;
import org.medsoc.platform.eligibility.MemberEligibility;

/**
 * A committee and its seats. Seats are scarce: at no moment may a role hold more appointments than
 * the seat plan gives it, and only active members of the society sit on it. Every appointment to a
 * committee goes through this one aggregate, so two staff appointing to the last seat at the same
 * moment cannot both succeed.
 */
@Aggregate
public class Committee {

  private record Seat(
      String appointmentId,
      String memberId,
      SeatRole role,
      LocalDate start,
      LocalDate end,
      boolean flagged,
      boolean ended) {
    Seat renewedUntil(LocalDate newEnd) {
      return new Seat(appointmentId, memberId, role, start, newEnd, flagged, false);
    }

    Seat endedOn(LocalDate day) {
      return new Seat(appointmentId, memberId, role, start, day, flagged, true);
    }

    Seat asFlagged() {
      return new Seat(appointmentId, memberId, role, start, end, true, ended);
    }

    boolean overlaps(LocalDate otherStart, LocalDate otherEnd) {
      return !start.isAfter(otherEnd) && !otherStart.isAfter(end);
    }
  }

  static final String TERM_END = "appointment-term-end";

  @AggregateIdentifier private String committeeId;
  private String societyId;
  private String name;
  private int defaultTermYears;
  private final Map<SeatRole, Integer> seatPlan = new EnumMap<>(SeatRole.class);
  private final List<Seat> seats = new ArrayList<>();
  private final Set<String> appointedSelections = new HashSet<>();

  protected Committee() {}

  @CommandHandler
  public Committee(CreateCommittee command) {
    if (command.seatPlan().values().stream().anyMatch(n -> n == null || n < 0)) {
      throw DomainException.invalid("seatPlan", "seat counts must not be negative");
    }
    if (command.seatPlan().getOrDefault(SeatRole.CHAIR, 0) > 1) {
      throw DomainException.invalid("seatPlan", "a committee has at most one chair");
    }
    apply(
        new CommitteeCreated(
            command.committeeId(),
            command.societyId(),
            command.sectionId(),
            command.name().trim(),
            command.charter(),
            Map.copyOf(command.seatPlan()),
            command.defaultTermYears(),
            command.awardCommittee(),
            command.carryOverNominations()));
  }

  @CommandHandler
  public void handle(
      AppointMember command,
      Eligibility eligibility,
      Selections selections,
      DeadlineManager deadlines) {
    SeatRole role = command.role();
    int planned = seatPlan.getOrDefault(role, 0);
    if (planned == 0) {
      throw DomainException.invalid("role", "the committee has no " + role + " seats");
    }
    LocalDate termEnd =
        command.termEnd() != null
            ? command.termEnd()
            : command.termStart().plusYears(defaultTermYears).minusDays(1);
    if (!termEnd.isAfter(command.termStart())) {
      throw DomainException.invalid("termEnd", "a term ends after it starts");
    }
    if (command.submissionId() != null) {
      requireSelected(command, selections);
    }
    requireEligible(command.memberId(), role, eligibility);
    if (seats.stream()
        .anyMatch(
            s ->
                s.memberId().equals(command.memberId())
                    && s.overlaps(command.termStart(), termEnd))) {
      throw DomainException.conflict(
          "memberId", "the member already holds a seat on this committee then");
    }
    long taken =
        seats.stream()
            .filter(s -> s.role() == role && s.overlaps(command.termStart(), termEnd))
            .count();
    if (taken >= planned) {
      throw DomainException.conflict(
          "role", "every " + role + " seat is taken for part of that term");
    }
    apply(
        new MemberAppointed(
            committeeId,
            command.appointmentId(),
            command.memberId(),
            role,
            command.termStart(),
            termEnd,
            name,
            societyId,
            command.submissionId()));
    scheduleTermEnd(deadlines, command.appointmentId(), termEnd);
  }

  /** An active member of the society, and a trainee for a trainee seat. */
  private void requireEligible(String memberId, SeatRole role, Eligibility eligibility) {
    MemberEligibility member =
        eligibility
            .of(memberId, societyId)
            .filter(MemberEligibility::isActiveMember)
            .orElseThrow(
                () ->
                    DomainException.conflict(
                        "memberId", "only an active member of the society can be appointed"));
    if (role == SeatRole.TRAINEE_REPRESENTATIVE && !member.trainingLevel().isTrainee()) {
      throw DomainException.invalid("role", "a trainee representative seat is for a trainee");
    }
  }

  private void requireSelected(AppointMember command, Selections selections) {
    Selections.Selection selection =
        selections
            .of(command.submissionId())
            .orElseThrow(
                () ->
                    DomainException.notFound(
                        "submissionId", "no application or nomination " + command.submissionId()));
    if (!selection.committeeId().equals(committeeId)
        || !selection.candidateId().equals(command.memberId())
        || selection.role() != command.role()) {
      throw DomainException.invalid(
          "submissionId", "the selection is for another member, seat or committee");
    }
    if (!selection.selected()) {
      throw DomainException.conflict("submissionId", "it has not been selected");
    }
    if (appointedSelections.contains(command.submissionId())) {
      throw DomainException.conflict(
          "submissionId", "an appointment was already made from this selection");
    }
  }

  @CommandHandler
  public void handle(EndAppointment command) {
    Seat seat = seatOf(command.appointmentId());
    if (seat.ended()) {
      throw DomainException.conflict("appointmentId", "the appointment has already ended");
    }
    if (command.endedOn().isBefore(seat.start()) || command.endedOn().isAfter(seat.end())) {
      throw DomainException.invalid("endedOn", "must fall within the term");
    }
    apply(
        new AppointmentEnded(
            committeeId,
            seat.appointmentId(),
            seat.memberId(),
            command.endedOn(),
            command.reason()));
  }

  @CommandHandler
  public void handle(RenewAppointment command, Eligibility eligibility, DeadlineManager deadlines) {
    Seat seat = seatOf(command.appointmentId());
    if (seat.ended()) {
      throw DomainException.conflict(
          "appointmentId", "an ended appointment is not renewed; appoint the member again");
    }
    requireEligible(seat.memberId(), seat.role(), eligibility);
    if (!command.termEnd().isAfter(seat.end())) {
      throw DomainException.invalid(
          "termEnd", "a renewal ends after the current term, " + seat.end());
    }
    LocalDate from = seat.end().plusDays(1);
    long taken =
        seats.stream()
            .filter(s -> s.role() == seat.role() && !s.appointmentId().equals(seat.appointmentId()))
            .filter(s -> s.overlaps(from, command.termEnd()))
            .count();
    if (taken >= seatPlan.getOrDefault(seat.role(), 0)) {
      throw DomainException.conflict(
          "termEnd", "the seat is promised to someone else in that time");
    }
    apply(
        new AppointmentRenewed(
            committeeId, seat.appointmentId(), seat.memberId(), seat.end(), command.termEnd()));
    scheduleTermEnd(deadlines, seat.appointmentId(), command.termEnd());
  }

  /** A term's end; a deadline made stale by a renewal or an early end does nothing. */
  @DeadlineHandler(deadlineName = TERM_END)
  public void on(TermEndDue due) {
    seats.stream()
        .filter(
            s ->
                s.appointmentId().equals(due.appointmentId())
                    && s.end().equals(due.termEnd())
                    && !s.ended())
        .findFirst()
        .ifPresent(
            s ->
                apply(
                    new AppointmentTermEnded(
                        committeeId, s.appointmentId(), s.memberId(), s.end())));
  }

  @EventSourcingHandler
  void on(AppointmentRenewed event) {
    replaceSeat(event.appointmentId(), seat -> seat.renewedUntil(event.termEnd()));
  }

  private static void scheduleTermEnd(
      DeadlineManager deadlines, String appointmentId, LocalDate termEnd) {
    deadlines.schedule(
        termEnd.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant(),
        TERM_END,
        new TermEndDue(appointmentId, termEnd));
  }

  /** Flagging twice changes nothing: a redelivered lapse must not flag the seat again. */
  @CommandHandler
  public void handle(FlagAppointment command) {
    Seat seat = seatOf(command.appointmentId());
    if (!seat.flagged()) {
      apply(
          new AppointmentFlagged(
              committeeId, seat.appointmentId(), seat.memberId(), command.reason()));
    }
  }

  @EventSourcingHandler
  void on(AppointmentFlagged event) {
    replaceSeat(event.appointmentId(), Seat::asFlagged);
  }

  private void replaceSeat(String appointmentId, UnaryOperator<Seat> change) {
    seats.replaceAll(s -> s.appointmentId().equals(appointmentId) ? change.apply(s) : s);
  }

  private Seat seatOf(String appointmentId) {
    return seats.stream()
        .filter(s -> s.appointmentId().equals(appointmentId))
        .findFirst()
        .orElseThrow(
            () -> DomainException.notFound("appointmentId", "no appointment " + appointmentId));
  }

  @EventSourcingHandler
  void on(CommitteeCreated event) {
    committeeId = event.committeeId();
    societyId = event.societyId();
    name = event.name();
    defaultTermYears = event.defaultTermYears();
    seatPlan.putAll(event.seatPlan());
  }

  @EventSourcingHandler
  void on(MemberAppointed event) {
    seats.add(
        new Seat(
            event.appointmentId(),
            event.memberId(),
            event.role(),
            event.termStart(),
            event.termEnd(),
            false,
            false));
    if (event.submissionId() != null) {
      appointedSelections.add(event.submissionId());
    }
  }

  @EventSourcingHandler
  void on(AppointmentEnded event) {
    replaceSeat(event.appointmentId(), seat -> seat.endedOn(event.endedOn()));
  }

  @EventSourcingHandler
  void on(AppointmentTermEnded event) {
    replaceSeat(event.appointmentId(), seat -> seat.endedOn(event.termEnd()));
  }
}
