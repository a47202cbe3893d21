package org.medsoc.events.conference.web;

import io.swagger.v3.oas.annotations.Operation;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.net.URI;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.medsoc.events.conference.api.*;
import org.medsoc.kernel.error.DomainException;
import org.medsoc.kernel.input.Limits;
import org.medsoc.platform.acting.Actor;
import org.medsoc.platform.input.Priced;
import org.medsoc.platform.input.PricedInItsCurrency;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** Conferences: programme, registration, limited sessions, speakers and posters. */
@RestController
public class ConferenceController {

  @PricedInItsCurrency
  record NewConference(
      @NotBlank @Size(max = Limits.NAME) String name,
      @NotNull LocalDate startDate,
      @NotNull LocalDate endDate,
      @NotBlank @Size(max = Limits.ID) String timeZone,
      @Size(max = Limits.NAME) String venue,
      @Min(1) @Max(100_000) int capacity,
      @NotEmpty Map<Rate, @NotNull BigDecimal> fees,
      @NotBlank String currency)
      implements Priced {

    @Override
    public Map<String, BigDecimal> amounts() {
      Map<String, BigDecimal> amounts = new java.util.LinkedHashMap<>();
      if (fees != null) {
        fees.forEach((rate, fee) -> amounts.put("fees." + rate, fee));
      }
      return amounts;
    }
  }

  record NewSession(
      @NotNull SessionKind kind,
      @NotBlank @Size(max = Limits.TITLE) String title,
      @NotNull LocalDateTime start,
      @NotNull LocalDateTime end,
      @Size(max = Limits.LABEL) String room,
      @Min(1) Integer capacity,
      Set<@NotBlank @Size(max = Limits.ID) String> speakerIds) {}

  record SessionChange(
      @NotBlank @Size(max = Limits.TITLE) String title,
      @NotNull LocalDateTime start,
      @NotNull LocalDateTime end,
      @Size(max = Limits.LABEL) String room) {}

  record SessionCancellation(@NotBlank @Size(max = Limits.REASON) String reason) {}

  record Registration(@Size(max = Limits.ID) String memberId) {}

  record MentoringPlace(
      @NotNull MentoringRole role,
      @Size(max = Limits.INTERESTS) Set<@NotBlank @Size(max = Limits.INTEREST) String> interests,
      @Size(max = Limits.ID) String memberId) {}

  record Invitation(
      @NotBlank @Size(max = Limits.ID) String memberId,
      @NotBlank @Size(max = Limits.TITLE) String topic,
      @Size(max = Limits.ID) String sessionId) {}

  record Answer(@NotNull Boolean accept, @Size(max = Limits.REASON) String reason) {}

  record Speaker(@NotBlank @Size(max = Limits.ID) String invitationId) {}

  record Talk(@NotBlank @Size(max = Limits.ID) String memberId) {}

  record NewAbstract(
      @NotBlank @Size(max = Limits.TITLE) String title,
      @NotBlank @Size(max = Limits.REASON) String authors) {}

  record AbstractDecision(
      @NotNull Boolean accept, @NotBlank @Size(max = Limits.REASON) String reason) {}

  record Board(
      @NotBlank @Size(max = Limits.ID) String sessionId, @NotNull @Min(1) Integer boardNumber) {}

  private final CommandGateway commands;
  private final QueryGateway queries;

  public ConferenceController(CommandGateway commands, QueryGateway queries) {
    this.commands = commands;
    this.queries = queries;
  }

  @Operation(summary = "Schedule a conference", description = "Staff of the society.")
  @PostMapping("/societies/{societyId}/conferences")
  public ResponseEntity<Map<String, String>> schedule(
      @PathVariable String societyId, @Valid @RequestBody NewConference request) {
    String id = UUID.randomUUID().toString();
    commands.sendAndWait(
        new ScheduleConference(
            id,
            societyId,
            request.name(),
            request.startDate(),
            request.endDate(),
            request.timeZone(),
            request.venue(),
            request.capacity(),
            request.fees(),
            request.currency()));
    return ResponseEntity.created(URI.create("/conferences/" + id))
        .body(Map.of("conferenceId", id));
  }

  @Operation(
      summary = "A society's conferences, the latest first",
      description = "Staff and members.")
  @GetMapping("/societies/{societyId}/conferences")
  public List<ConferenceView> conferencesOf(@PathVariable String societyId) {
    return queries
        .query(
            new ListConferences(societyId), ResponseTypes.multipleInstancesOf(ConferenceView.class))
        .join();
  }

  @Operation(summary = "A conference with its fees", description = "Staff and members.")
  @GetMapping("/conferences/{conferenceId}")
  public ConferenceView conference(@PathVariable String conferenceId) {
    return queries
        .query(
            new FindConference(conferenceId),
            ResponseTypes.optionalInstanceOf(ConferenceView.class))
        .join()
        .orElseThrow(
            () -> DomainException.notFound("conferenceId", "no conference " + conferenceId));
  }

  @Operation(
      summary = "The programme in the conference's local time, with places taken",
      description = "Staff and members.")
  @GetMapping("/conferences/{conferenceId}/programme")
  public List<SessionView> programme(@PathVariable String conferenceId) {
    return queries
        .query(
            new FindProgramme(conferenceId), ResponseTypes.multipleInstancesOf(SessionView.class))
        .join();
  }

  @Operation(
      summary = "Add a session (local times; a capacity makes it limited)",
      description = "Staff of the conference's society.")
  @PostMapping("/conferences/{conferenceId}/sessions")
  public ResponseEntity<Map<String, String>> addSession(
      @PathVariable String conferenceId, @Valid @RequestBody NewSession request) {
    String id = UUID.randomUUID().toString();
    commands.sendAndWait(
        new AddSession(
            conferenceId,
            id,
            request.kind(),
            request.title(),
            request.start(),
            request.end(),
            request.room(),
            request.capacity(),
            request.speakerIds()));
    return created(conferenceId, "sessionId", id);
  }

  @Operation(
      summary = "Edit or move a session: title, local times, room (places and speakers stay)",
      description = "Staff of the conference's society.")
  @PutMapping("/conferences/{conferenceId}/sessions/{sessionId}")
  public ResponseEntity<Void> changeSession(
      @PathVariable String conferenceId,
      @PathVariable String sessionId,
      @Valid @RequestBody SessionChange request) {
    commands.sendAndWait(
        new ChangeSession(
            conferenceId,
            sessionId,
            request.title(),
            request.start(),
            request.end(),
            request.room()));
    return ResponseEntity.noContent().build();
  }

  @Operation(
      summary = "Cancel a session, with the reason its people are told",
      description = "Staff of the conference's society.")
  @PostMapping("/conferences/{conferenceId}/sessions/{sessionId}/cancellation")
  public ResponseEntity<Void> cancelSession(
      @PathVariable String conferenceId,
      @PathVariable String sessionId,
      @Valid @RequestBody SessionCancellation request) {
    commands.sendAndWait(new CancelSession(conferenceId, sessionId, request.reason()));
    return ResponseEntity.noContent().build();
  }

  @Operation(
      summary = "The abstracts submitted, with their decisions and poster boards",
      description = "Staff of the conference's society.")
  @GetMapping("/conferences/{conferenceId}/abstracts")
  public List<AbstractView> abstracts(@PathVariable String conferenceId) {
    return queries
        .query(
            new FindAbstracts(conferenceId), ResponseTypes.multipleInstancesOf(AbstractView.class))
        .join();
  }

  @Operation(
      summary = "Register (a place, or the waitlist when full) at the member's rate",
      description = "A member for themself; staff of the conference's society for anyone.")
  @PostMapping("/conferences/{conferenceId}/registrations")
  public ResponseEntity<Map<String, String>> register(
      @PathVariable String conferenceId, @Valid @RequestBody Registration request, Actor actor) {
    String memberId = memberOf(request.memberId(), actor);
    String id = UUID.randomUUID().toString();
    commands.sendAndWait(new Register(conferenceId, id, memberId, actor));
    return created(conferenceId, "registrationId", id);
  }

  @Operation(
      summary = "The registrations, placed and waiting, in order of arrival",
      description = "Staff of the conference's society.")
  @GetMapping("/conferences/{conferenceId}/registrations")
  public List<RegistrationView> registrations(@PathVariable String conferenceId) {
    return queries
        .query(
            new FindRegistrations(conferenceId),
            ResponseTypes.multipleInstancesOf(RegistrationView.class))
        .join();
  }

  @Operation(
      summary = "Cancel a registration; the first waiting registration takes a freed place",
      description = "The registrant, or staff of the conference's society.")
  @PostMapping("/conferences/{conferenceId}/registrations/{registrationId}/cancellation")
  public ResponseEntity<Void> cancel(
      @PathVariable String conferenceId, @PathVariable String registrationId, Actor actor) {
    commands.sendAndWait(new CancelRegistration(conferenceId, registrationId, actor));
    return ResponseEntity.noContent().build();
  }

  @Operation(summary = "Check an attendee in", description = "Staff of the conference's society.")
  @PostMapping("/conferences/{conferenceId}/registrations/{registrationId}/check-in")
  public ResponseEntity<Void> checkIn(
      @PathVariable String conferenceId, @PathVariable String registrationId) {
    commands.sendAndWait(new CheckIn(conferenceId, registrationId));
    return ResponseEntity.noContent().build();
  }

  @Operation(
      summary = "Take a place in a limited session (or wait for one)",
      description = "A registered member for themself; staff of the conference's society.")
  @PostMapping("/conferences/{conferenceId}/sessions/{sessionId}/places")
  public ResponseEntity<Void> takePlace(
      @PathVariable String conferenceId,
      @PathVariable String sessionId,
      @Valid @RequestBody Registration request,
      Actor actor) {
    commands.sendAndWait(
        new ReserveSessionPlace(
            conferenceId, sessionId, memberOf(request.memberId(), actor), actor));
    return ResponseEntity.noContent().build();
  }

  @Operation(
      summary = "Give up a place in a limited session; the first waiting takes it",
      description = "The member themself; staff of the conference's society.")
  @PostMapping("/conferences/{conferenceId}/sessions/{sessionId}/places/release")
  public ResponseEntity<Void> releasePlace(
      @PathVariable String conferenceId,
      @PathVariable String sessionId,
      @Valid @RequestBody Registration request,
      Actor actor) {
    commands.sendAndWait(
        new ReleaseSessionPlace(
            conferenceId, sessionId, memberOf(request.memberId(), actor), actor));
    return ResponseEntity.noContent().build();
  }

  @Operation(
      summary = "Take a trainee or mentor place at a speed-mentoring session, with interests",
      description = "A registered member for themself; staff of the conference's society.")
  @PostMapping("/conferences/{conferenceId}/sessions/{sessionId}/speed-mentoring")
  public ResponseEntity<Void> joinSpeedMentoring(
      @PathVariable String conferenceId,
      @PathVariable String sessionId,
      @Valid @RequestBody MentoringPlace request,
      Actor actor) {
    String memberId = memberOf(request.memberId(), actor);
    commands.sendAndWait(
        new JoinSpeedMentoring(
            conferenceId, sessionId, memberId, request.role(), request.interests(), actor));
    return ResponseEntity.noContent().build();
  }

  @Operation(
      summary =
          "Pair the session's trainees and mentors by shared interests; each pair is offered to"
              + " member-service as a possible mentorship and owes a follow-up",
      description = "Staff of the conference's society.")
  @PostMapping("/conferences/{conferenceId}/sessions/{sessionId}/pairing")
  public ResponseEntity<Void> pair(
      @PathVariable String conferenceId, @PathVariable String sessionId) {
    commands.sendAndWait(new PairSpeedMentoring(conferenceId, sessionId));
    return ResponseEntity.noContent().build();
  }

  @Operation(
      summary = "Who took a place at a speed-mentoring session, and the pairs made",
      description = "Staff of the conference's society.")
  @GetMapping("/conferences/{conferenceId}/sessions/{sessionId}/speed-mentoring")
  public SpeedMentoringView speedMentoring(
      @PathVariable String conferenceId, @PathVariable String sessionId) {
    return queries
        .query(
            new FindSpeedMentoring(conferenceId, sessionId),
            ResponseTypes.instanceOf(SpeedMentoringView.class))
        .join();
  }

  @Operation(summary = "Invite a speaker", description = "Staff of the conference's society.")
  @PostMapping("/conferences/{conferenceId}/speaker-invitations")
  public ResponseEntity<Map<String, String>> invite(
      @PathVariable String conferenceId, @Valid @RequestBody Invitation request) {
    String id = UUID.randomUUID().toString();
    commands.sendAndWait(
        new InviteSpeaker(
            conferenceId, id, request.memberId(), request.topic(), request.sessionId(), null));
    return created(conferenceId, "invitationId", id);
  }

  @Operation(
      summary = "A conference's invitations to speak",
      description = "Staff of the conference's society.")
  @GetMapping("/conferences/{conferenceId}/speaker-invitations")
  public List<InvitationView> invitations(@PathVariable String conferenceId) {
    return queries
        .query(
            new FindInvitations(conferenceId, null),
            ResponseTypes.multipleInstancesOf(InvitationView.class))
        .join();
  }

  @Operation(
      summary = "A member's own registrations, with status, rate and fee",
      description = "The member themself.")
  @GetMapping("/members/{memberId}/registrations")
  public List<OwnRegistration> registrationsOf(@PathVariable String memberId) {
    return queries
        .query(
            new FindRegistrationsOf(memberId),
            ResponseTypes.multipleInstancesOf(OwnRegistration.class))
        .join();
  }

  @Operation(summary = "A member's invitations to speak", description = "The member themself.")
  @GetMapping("/members/{memberId}/speaker-invitations")
  public List<InvitationView> invitationsOf(@PathVariable String memberId) {
    return queries
        .query(
            new FindInvitations(null, memberId),
            ResponseTypes.multipleInstancesOf(InvitationView.class))
        .join();
  }

  @Operation(summary = "Accept or decline an invitation to speak", description = "The invitee.")
  @PostMapping("/conferences/{conferenceId}/speaker-invitations/{invitationId}/answer")
  public ResponseEntity<Void> answer(
      @PathVariable String conferenceId,
      @PathVariable String invitationId,
      @Valid @RequestBody Answer request,
      Actor actor) {
    commands.sendAndWait(
        new AnswerInvitation(
            conferenceId, invitationId, actor, request.accept(), request.reason()));
    return ResponseEntity.noContent().build();
  }

  @Operation(
      summary = "Put a speaker who accepted into a session",
      description = "Staff of the conference's society.")
  @PostMapping("/conferences/{conferenceId}/sessions/{sessionId}/speakers")
  public ResponseEntity<Void> assign(
      @PathVariable String conferenceId,
      @PathVariable String sessionId,
      @Valid @RequestBody Speaker request) {
    commands.sendAndWait(new AssignSpeaker(conferenceId, sessionId, request.invitationId()));
    return ResponseEntity.noContent().build();
  }

  @Operation(
      summary = "Record a talk given (it goes on the speaker's professional record)",
      description = "Staff of the conference's society.")
  @PostMapping("/conferences/{conferenceId}/sessions/{sessionId}/talks-given")
  public ResponseEntity<Void> talkGiven(
      @PathVariable String conferenceId,
      @PathVariable String sessionId,
      @Valid @RequestBody Talk request) {
    commands.sendAndWait(new RecordTalkGiven(conferenceId, sessionId, request.memberId()));
    return ResponseEntity.noContent().build();
  }

  @Operation(summary = "Submit an abstract for a poster", description = "A member, for themself.")
  @PostMapping("/conferences/{conferenceId}/abstracts")
  public ResponseEntity<Map<String, String>> submit(
      @PathVariable String conferenceId, @Valid @RequestBody NewAbstract request, Actor actor) {
    String id = UUID.randomUUID().toString();
    commands.sendAndWait(
        new SubmitAbstract(conferenceId, id, actor.member(), request.title(), request.authors()));
    return created(conferenceId, "abstractId", id);
  }

  @Operation(
      summary = "Accept or reject an abstract, with a reason",
      description = "Staff of the conference's society.")
  @PostMapping("/conferences/{conferenceId}/abstracts/{abstractId}/decision")
  public ResponseEntity<Void> decide(
      @PathVariable String conferenceId,
      @PathVariable String abstractId,
      @Valid @RequestBody AbstractDecision request) {
    commands.sendAndWait(
        new DecideAbstract(conferenceId, abstractId, request.accept(), request.reason()));
    return ResponseEntity.noContent().build();
  }

  @Operation(
      summary = "Give an accepted poster a board in a poster session",
      description = "Staff of the conference's society.")
  @PostMapping("/conferences/{conferenceId}/abstracts/{abstractId}/poster")
  public ResponseEntity<Void> board(
      @PathVariable String conferenceId,
      @PathVariable String abstractId,
      @Valid @RequestBody Board request) {
    commands.sendAndWait(
        new AssignPoster(conferenceId, abstractId, request.sessionId(), request.boardNumber()));
    return ResponseEntity.noContent().build();
  }

  @Operation(
      summary = "Record a poster presented (it goes on the presenter's professional record)",
      description = "Staff of the conference's society.")
  @PostMapping("/conferences/{conferenceId}/abstracts/{abstractId}/presented")
  public ResponseEntity<Void> presented(
      @PathVariable String conferenceId, @PathVariable String abstractId) {
    commands.sendAndWait(new RecordPosterPresented(conferenceId, abstractId));
    return ResponseEntity.noContent().build();
  }

  @Operation(
      summary = "The abstracts a member submitted to a conference, with the decisions' reasons",
      description = "The member themself.")
  @GetMapping("/members/{memberId}/conferences/{conferenceId}/abstracts")
  public List<AbstractView> abstractsOf(
      @PathVariable String memberId, @PathVariable String conferenceId) {
    return queries
        .query(
            new FindAbstractsOf(conferenceId, memberId),
            ResponseTypes.multipleInstancesOf(AbstractView.class))
        .join();
  }

  @Operation(summary = "The poster board plan", description = "Staff and members.")
  @GetMapping("/conferences/{conferenceId}/poster-board")
  public List<PosterBoard> posterBoard(@PathVariable String conferenceId) {
    return queries
        .query(
            new FindPosterBoard(conferenceId), ResponseTypes.multipleInstancesOf(PosterBoard.class))
        .join();
  }

  @Operation(
      summary = "A member's agenda in the conference's local time: sessions, posters, meetings",
      description =
          "The member themself, and staff of the conference's society, who see a meeting's time"
              + " only: whom it is with and what for are the two people's.")
  @GetMapping("/members/{memberId}/conferences/{conferenceId}/agenda")
  public List<AgendaItem> agenda(
      @PathVariable String memberId, @PathVariable String conferenceId, Actor actor) {
    List<AgendaItem> agenda =
        queries
            .query(
                new FindAgenda(conferenceId, memberId),
                ResponseTypes.multipleInstancesOf(AgendaItem.class))
            .join();
    if (actor.is(memberId)) {
      return agenda;
    }
    // Staff see that the member's time is taken, not with whom nor for what.
    return agenda.stream()
        .map(
            item ->
                item.kind().equals(AgendaItem.MEETING)
                    ? new AgendaItem(
                        AgendaItem.MEETING,
                        null,
                        "Private meeting",
                        item.start(),
                        item.end(),
                        null,
                        null)
                    : item)
        .toList();
  }

  /** The member named in the request, or else the member the caller acts as. */
  private static String memberOf(String requested, Actor actor) {
    String memberId = requested != null ? requested : actor.memberId();
    if (memberId == null) {
      throw DomainException.invalid("memberId", "name the member");
    }
    return memberId;
  }

  private static ResponseEntity<Map<String, String>> created(
      String conferenceId, String idName, String id) {
    return ResponseEntity.created(URI.create("/conferences/" + conferenceId))
        .body(Map.of(idName, id));
  }
}
