package org.medsoc.committee.committee.web;

import io.swagger.v3.oas.annotations.Operation;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.medsoc.committee.CommitteeServiceAccess;
import org.medsoc.committee.committee.api.*;
import org.medsoc.kernel.error.DomainException;
import org.medsoc.kernel.input.Limits;
import org.medsoc.platform.security.Caller;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Committees, their seats and appointments. */
@RestController
public class CommitteeController {

  record NewCommittee(
      @NotBlank @Size(max = Limits.NAME) String name,
      @Size(max = Limits.TEXT) String charter,
      @Size(max = Limits.ID) String sectionId,
      @NotEmpty Map<SeatRole, Integer> seatPlan,
      @Min(1) @Max(6) int defaultTermYears,
      boolean awardCommittee,
      boolean carryOverNominations) {}

  record Appointment(
      @NotBlank @Size(max = Limits.ID) String memberId,
      @NotNull SeatRole role,
      @NotNull LocalDate termStart,
      @NotNull LocalDate termEnd) {}

  record Renewal(@NotNull LocalDate termEnd) {}

  record Ending(@NotNull LocalDate endedOn, @NotBlank @Size(max = Limits.REASON) String reason) {}

  private final CommandGateway commands;
  private final QueryGateway queries;
  private final CommitteeServiceAccess access;

  public CommitteeController(
      CommandGateway commands, QueryGateway queries, CommitteeServiceAccess access) {
    this.commands = commands;
    this.access = access;
    this.queries = queries;
  }

  @Operation(
      summary = "Create a committee with its seat plan",
      description = "Staff of the society.")
  @PostMapping("/societies/{societyId}/committees")
  public ResponseEntity<Map<String, String>> create(
      @PathVariable String societyId, @Valid @RequestBody NewCommittee request) {
    String id = UUID.randomUUID().toString();
    commands.sendAndWait(
        new CreateCommittee(
            id,
            societyId,
            request.sectionId(),
            request.name(),
            request.charter(),
            request.seatPlan(),
            request.defaultTermYears(),
            request.awardCommittee(),
            request.carryOverNominations()));
    return ResponseEntity.created(URI.create("/committees/" + id)).body(Map.of("committeeId", id));
  }

  @Operation(
      summary = "A society's committees, by name, with how many seats are held today",
      description = "Staff and members.")
  @GetMapping("/societies/{societyId}/committees")
  public List<CommitteeSummary> committeesOf(@PathVariable String societyId) {
    return queries
        .query(
            new FindCommitteesOfSociety(societyId),
            ResponseTypes.multipleInstancesOf(CommitteeSummary.class))
        .join();
  }

  @Operation(summary = "A committee with its seat plan", description = "Staff and members.")
  @GetMapping("/committees/{committeeId}")
  public CommitteeView committee(@PathVariable String committeeId) {
    return queries
        .query(
            new FindCommittee(committeeId), ResponseTypes.optionalInstanceOf(CommitteeView.class))
        .join()
        .orElseThrow(() -> DomainException.notFound("committeeId", "no committee " + committeeId));
  }

  @Operation(
      summary = "Appoint an active member of the society to a seat for a term",
      description = "Staff of the committee's society, or its chair.")
  @PostMapping("/committees/{committeeId}/appointments")
  public ResponseEntity<Map<String, String>> appoint(
      @PathVariable String committeeId, @Valid @RequestBody Appointment request) {
    String id = UUID.randomUUID().toString();
    commands.sendAndWait(
        new AppointMember(
            committeeId,
            id,
            request.memberId(),
            request.role(),
            request.termStart(),
            request.termEnd(),
            null));
    return ResponseEntity.created(URI.create("/committees/" + committeeId))
        .body(Map.of("appointmentId", id));
  }

  @Operation(
      summary = "End an appointment before its term (resignation, removal)",
      description = "Staff of the committee's society, or its chair.")
  @PostMapping("/committees/{committeeId}/appointments/{appointmentId}/end")
  public ResponseEntity<Void> end(
      @PathVariable String committeeId,
      @PathVariable String appointmentId,
      @Valid @RequestBody Ending request) {
    commands.sendAndWait(
        new EndAppointment(committeeId, appointmentId, request.endedOn(), request.reason()));
    return ResponseEntity.noContent().build();
  }

  @Operation(
      summary = "Renew an appointment to a later term end, if the seat stays free",
      description = "Staff of the committee's society, or its chair.")
  @PostMapping("/committees/{committeeId}/appointments/{appointmentId}/renewal")
  public ResponseEntity<Void> renew(
      @PathVariable String committeeId,
      @PathVariable String appointmentId,
      @Valid @RequestBody Renewal request) {
    commands.sendAndWait(new RenewAppointment(committeeId, appointmentId, request.termEnd()));
    return ResponseEntity.noContent().build();
  }

  @Operation(
      summary = "Who held which seat on a day (today by default)",
      description =
          "Staff and members. A seat's flag (its holder's membership no longer active) is shown to"
              + " staff of the committee's society and its chair only: it tells of a membership.")
  @GetMapping("/committees/{committeeId}/roster")
  public List<RosterEntry> roster(
      @PathVariable String committeeId, @RequestParam(required = false) LocalDate asOf) {
    LocalDate day = asOf != null ? asOf : LocalDate.now(ZoneOffset.UTC);
    List<RosterEntry> roster =
        queries
            .query(
                new FindRoster(committeeId, day),
                ResponseTypes.multipleInstancesOf(RosterEntry.class))
            .join();
    if (access.runsCommittee(Caller.current().orElseThrow(), committeeId)) {
      return roster;
    }
    return roster.stream()
        .map(
            seat ->
                new RosterEntry(
                    seat.appointmentId(),
                    seat.memberId(),
                    seat.role(),
                    seat.termStart(),
                    seat.termEnd(),
                    seat.endedOn(),
                    null))
        .toList();
  }
}
