package org.medsoc.events.conference.command;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;
import org.medsoc.events.conference.api.*;
import org.medsoc.events.meeting.command.MeetingCalendar;
import org.medsoc.kernel.error.DomainException;
import org.medsoc.platform.eligibility.MemberEligibility;

/**
 * A conference: its programme, its places and waitlists, its speakers and its poster boards. Places
 * and boards are scarce, so every registration, session place and board assignment of a conference
 * goes through this one aggregate: it is never over-filled, even under concurrent requests.
 *
 * <p>An annual meeting gathers thousands of registrations, and all of them pass through here: the
 * aggregate stays in memory between commands (the platform's aggregate cache), and is otherwise
 * loaded from a snapshot (its fields, as JSON) taken every {@code conference.snapshot-every}
 * events.
 */
@Aggregate(snapshotTriggerDefinition = "conferenceSnapshotTrigger", cache = "aggregateCache")
@JsonAutoDetect(
    fieldVisibility = JsonAutoDetect.Visibility.ANY,
    getterVisibility = JsonAutoDetect.Visibility.NONE,
    isGetterVisibility = JsonAutoDetect.Visibility.NONE)
public class Conference {

  record Session(
      String id,
      SessionKind kind,
      String title,
      Instant startsAt,
      Instant endsAt,
      String room,
      Places places,
      Set<String> speakers,
      SpeedMentoring mentoring) {

    boolean overlaps(Instant start, Instant end) {
      return startsAt.isBefore(end) && start.isBefore(endsAt);
    }
  }

  record Registration(String memberId, boolean placed, boolean checkedIn) {}

  record Invitation(String memberId, String sessionId, Boolean accepted) {}

  record Abstract(String memberId, String title, Boolean accepted, String sessionId) {}

  @AggregateIdentifier private String conferenceId;
  private String societyId;
  private String name;
  private LocalDate startDate;
  private LocalDate endDate;
  private ZoneId zone;
  private Map<Rate, BigDecimal> fees;
  private Places places;
  private final Map<String, Registration> registrations = new HashMap<>();
  private final Map<String, Session> sessions = new LinkedHashMap<>();
  private final Map<String, Invitation> invitations = new HashMap<>();
  private final Map<String, Abstract> abstracts = new HashMap<>();
  private final Set<String> boards = new HashSet<>();
  private final Set<String> talksGiven = new HashSet<>();
  private final Set<String> cancelledSessions = new HashSet<>();

  /** Which invitation put a speaker into a session, by "session/member". */
  private final Map<String, String> assignments = new HashMap<>();

  private final Set<String> postersPresented = new HashSet<>();

  protected Conference() {}

  @CommandHandler
  public Conference(ScheduleConference command) {
    if (command.endDate().isBefore(command.startDate())) {
      throw DomainException.invalid("endDate", "a conference ends on or after its first day");
    }
    try {
      ZoneId.of(command.timeZone());
    } catch (DateTimeException e) {
      throw DomainException.invalid("timeZone", "not a time zone: " + command.timeZone());
    }
    if (command.capacity() < 1) {
      throw DomainException.invalid("capacity", "at least one place");
    }
    for (Rate rate : Rate.values()) {
      BigDecimal fee = command.fees().get(rate);
      if (fee == null || fee.signum() < 0) {
        throw DomainException.invalid("fees", "a fee of zero or more for " + rate);
      }
    }
    apply(
        new ConferenceScheduled(
            command.conferenceId(),
            command.societyId(),
            command.name().trim(),
            command.startDate(),
            command.endDate(),
            command.timeZone(),
            command.venue(),
            command.capacity(),
            Map.copyOf(command.fees()),
            command.currency()));
  }

  @CommandHandler
  public void handle(AddSession command) {
    if (sessions.containsKey(command.sessionId())) {
      throw DomainException.conflict("sessionId", "the session exists");
    }
    if (command.capacity() != null && command.capacity() < 1) {
      throw DomainException.invalid("capacity", "a limited session has at least one place");
    }
    Set<String> speakers =
        command.speakerIds() == null ? Set.of() : Set.copyOf(command.speakerIds());
    Instant[] at = placeInProgramme(null, command.start(), command.end(), command.room(), speakers);
    apply(
        new SessionAdded(
            conferenceId,
            command.sessionId(),
            command.kind(),
            command.title().trim(),
            command.start(),
            command.end(),
            at[0],
            at[1],
            command.room(),
            command.capacity(),
            speakers));
  }

  @CommandHandler
  public void handle(ChangeSession command) {
    Session session = openSession(command.sessionId());
    Instant[] at =
        placeInProgramme(
            session.id(), command.start(), command.end(), command.room(), session.speakers());
    String title = command.title().trim();
    if (title.equals(session.title())
        && at[0].equals(session.startsAt())
        && at[1].equals(session.endsAt())
        && java.util.Objects.equals(command.room(), session.room())) {
      return;
    }
    apply(
        new SessionChanged(
            conferenceId,
            session.id(),
            title,
            command.start(),
            command.end(),
            at[0],
            at[1],
            command.room()));
  }

  @CommandHandler
  public void handle(CancelSession command) {
    openSession(command.sessionId());
    apply(new SessionCancelled(conferenceId, command.sessionId(), command.reason().trim()));
  }

  /**
   * Where a session may sit in the programme: it ends after it starts, within the conference's
   * days, in a room no other session holds then, with speakers free then. The session itself (when
   * it is being moved) and cancelled sessions hold nothing.
   */
  private Instant[] placeInProgramme(
      String movingSessionId,
      java.time.LocalDateTime start,
      java.time.LocalDateTime end,
      String room,
      Set<String> speakers) {
    if (!end.isAfter(start)) {
      throw DomainException.invalid("end", "a session ends after it starts");
    }
    if (start.toLocalDate().isBefore(startDate) || end.toLocalDate().isAfter(endDate)) {
      throw DomainException.invalid(
          "start", "the session falls outside the conference, " + startDate + " to " + endDate);
    }
    Instant startsAt = start.atZone(zone).toInstant();
    Instant endsAt = end.atZone(zone).toInstant();
    scheduled(movingSessionId)
        .filter(s -> s.room() != null && s.room().equals(room))
        .filter(s -> s.overlaps(startsAt, endsAt))
        .findFirst()
        .ifPresent(
            s -> {
              throw DomainException.conflict(
                  "room", room + " is taken then by \"" + s.title() + "\"");
            });
    for (String speaker : speakers) {
      scheduled(movingSessionId)
          .filter(s -> s.speakers().contains(speaker) && s.overlaps(startsAt, endsAt))
          .findFirst()
          .ifPresent(
              s -> {
                throw DomainException.conflict(
                    "speakerIds", speaker + " speaks then in \"" + s.title() + "\"");
              });
    }
    return new Instant[] {startsAt, endsAt};
  }

  /** The sessions that hold their time and room: not cancelled, and not the one being moved. */
  private java.util.stream.Stream<Session> scheduled(String except) {
    return sessions.values().stream()
        .filter(s -> !cancelledSessions.contains(s.id()) && !s.id().equals(except));
  }

  @CommandHandler
  public void handle(Register command, Memberships memberships) {
    if (!command.actor().mayActFor(command.memberId())) {
      throw DomainException.forbidden();
    }
    if (registrations.values().stream().anyMatch(r -> r.memberId().equals(command.memberId()))) {
      throw DomainException.conflict("memberId", "already registered for this conference");
    }
    if (!today().isBefore(endDate.plusDays(1))) {
      throw DomainException.conflict("conferenceId", "the conference is over");
    }
    Rate rate = rateOf(memberships.of(command.memberId(), societyId));
    BigDecimal fee = fees.get(rate);
    if (places.isFull()) {
      apply(new Waitlisted(conferenceId, command.registrationId(), command.memberId(), rate, fee));
    } else {
      apply(new Registered(conferenceId, command.registrationId(), command.memberId(), rate, fee));
    }
  }

  private static Rate rateOf(Optional<MemberEligibility> membership) {
    return membership
        .filter(MemberEligibility::isActiveMember)
        .map(m -> m.category().isTraineeCategory() ? Rate.MEMBER_TRAINEE : Rate.MEMBER)
        .orElse(Rate.NON_MEMBER);
  }

  @CommandHandler
  public void handle(CancelRegistration command) {
    Registration registration = registration(command.registrationId());
    if (!command.actor().mayActFor(registration.memberId())) {
      throw DomainException.forbidden();
    }
    String memberId = registration.memberId();
    apply(
        new RegistrationCancelled(
            conferenceId, command.registrationId(), memberId, registration.placed()));
    if (registration.placed()) {
      places.next().ifPresent(this::promote);
    }
    // What only an attendee holds goes back with the registration; meetings follow by policy.
    for (Session session : List.copyOf(sessions.values())) {
      if (session.places() != null
          && session.mentoring() == null
          && session.places().holdsOrWaits(memberId)) {
        String promoted =
            session.places().holds(memberId) ? session.places().next().orElse(null) : null;
        apply(new SessionPlaceReleased(conferenceId, session.id(), memberId, promoted));
      }
      if (session.mentoring() != null
          && !session.mentoring().paired()
          && session.mentoring().joined().containsKey(memberId)) {
        apply(new SpeedMentoringLeft(conferenceId, session.id(), memberId));
      }
    }
  }

  private void promote(String registrationId) {
    apply(
        new RegistrationPromoted(
            conferenceId, registrationId, registrations.get(registrationId).memberId()));
  }

  @CommandHandler
  public void handle(CheckIn command) {
    Registration registration = registration(command.registrationId());
    if (!registration.placed()) {
      throw DomainException.conflict("registrationId", "the registration is still waitlisted");
    }
    if (registration.checkedIn()) {
      throw DomainException.conflict("registrationId", "already checked in");
    }
    apply(new CheckedIn(conferenceId, command.registrationId(), registration.memberId()));
  }

  @CommandHandler
  public void handle(ReserveSessionPlace command) {
    if (!command.actor().mayActFor(command.memberId())) {
      throw DomainException.forbidden();
    }
    Session session = openSession(command.sessionId());
    if (session.places() == null || session.mentoring() != null) {
      throw DomainException.invalid(
          "sessionId", "the session has no places to take this way (speed-mentoring: join it)");
    }
    if (!isAttending(command.memberId())) {
      throw DomainException.conflict("memberId", "only a registered attendee takes a place");
    }
    if (session.places().holdsOrWaits(command.memberId())) {
      throw DomainException.conflict("memberId", "already has a place or is waiting for one");
    }
    apply(
        new SessionPlaceTaken(
            conferenceId, session.id(), command.memberId(), session.places().isFull()));
  }

  @CommandHandler
  public void handle(ReleaseSessionPlace command) {
    if (!command.actor().mayActFor(command.memberId())) {
      throw DomainException.forbidden();
    }
    Session session = session(command.sessionId());
    if (session.places() == null || !session.places().holdsOrWaits(command.memberId())) {
      throw DomainException.notFound("memberId", "no place in this session");
    }
    String promoted =
        session.places().holds(command.memberId()) ? session.places().next().orElse(null) : null;
    apply(new SessionPlaceReleased(conferenceId, session.id(), command.memberId(), promoted));
  }

  /**
   * A speed-mentoring session has, when limited, as many places for mentors as for trainees; a
   * trainee place is for a trainee, a mentor place for any member (near-peer mentors included).
   */
  @CommandHandler
  public void handle(JoinSpeedMentoring command, Memberships memberships) {
    if (!command.actor().mayActFor(command.memberId())) {
      throw DomainException.forbidden();
    }
    Session session = openSession(command.sessionId());
    if (session.mentoring() == null) {
      throw DomainException.invalid("sessionId", "not a speed-mentoring session");
    }
    if (!isAttending(command.memberId())) {
      throw DomainException.conflict("memberId", "only a registered attendee takes a place");
    }
    if (session.mentoring().joined().containsKey(command.memberId())) {
      throw DomainException.conflict("memberId", "already has a place in this session");
    }
    if (session.mentoring().paired()) {
      throw DomainException.conflict("sessionId", "the session is already paired");
    }
    if (command.role() == MentoringRole.TRAINEE
        && !memberships
            .of(command.memberId(), societyId)
            .map(m -> m.trainingLevel().isTrainee())
            .orElse(false)) {
      throw DomainException.conflict(
          "role", "a trainee place is for a student, resident or fellow");
    }
    if (session.places() != null
        && session.mentoring().count(command.role()) >= session.places().capacity()) {
      throw DomainException.conflict(
          "role", "no " + command.role().name().toLowerCase() + " place left in this session");
    }
    Set<String> interests =
        command.interests() == null
            ? Set.of()
            : command.interests().stream()
                .map(i -> i.trim().toLowerCase())
                .filter(i -> !i.isEmpty())
                .collect(java.util.stream.Collectors.toUnmodifiableSet());
    apply(
        new SpeedMentoringJoined(
            conferenceId, session.id(), command.memberId(), command.role(), interests));
  }

  /**
   * Each trainee in order of joining is paired with the free mentor sharing most interests with
   * them (the earlier joined on a tie); trainees left over when mentors run out stay unpaired.
   */
  @CommandHandler
  public void handle(PairSpeedMentoring command) {
    Session session = session(command.sessionId());
    if (session.mentoring() == null) {
      throw DomainException.invalid("sessionId", "not a speed-mentoring session");
    }
    if (session.mentoring().paired()) {
      throw DomainException.conflict("sessionId", "the session is already paired");
    }
    List<MentoringPair> pairs = session.mentoring().pair(session.id());
    if (pairs.isEmpty()) {
      throw DomainException.conflict("sessionId", "there is no trainee and mentor to pair");
    }
    apply(
        new SpeedMentoringPaired(
            conferenceId,
            session.id(),
            pairs,
            session.startsAt(),
            session.endsAt(),
            endDate,
            zone.getId()));
  }

  /** Inviting again with the same id changes nothing: a nomination redelivered invites once. */
  @CommandHandler
  public void handle(InviteSpeaker command) {
    if (invitations.containsKey(command.invitationId())) {
      return;
    }
    if (command.sessionId() != null) {
      openSession(command.sessionId());
    }
    apply(
        new SpeakerInvited(
            conferenceId,
            command.invitationId(),
            command.memberId(),
            command.topic(),
            command.sessionId(),
            command.nominationId()));
  }

  @CommandHandler
  public void handle(AnswerInvitation command) {
    Invitation invitation = invitation(command.invitationId());
    if (!command.actor().is(invitation.memberId())) {
      throw DomainException.forbidden();
    }
    if (invitation.accepted() != null) {
      throw DomainException.conflict("invitationId", "already answered");
    }
    apply(
        new InvitationAnswered(
            conferenceId,
            command.invitationId(),
            invitation.memberId(),
            command.accept(),
            command.reason()));
  }

  @CommandHandler
  public void handle(AssignSpeaker command, MeetingCalendar calendar) {
    Invitation invitation = invitation(command.invitationId());
    Session session = openSession(command.sessionId());
    if (!Boolean.TRUE.equals(invitation.accepted())) {
      throw DomainException.conflict("invitationId", "the speaker has not accepted");
    }
    if (!session.kind().hasSpeakers()) {
      throw DomainException.invalid("sessionId", "a " + session.kind() + " has no speakers");
    }
    if (session.speakers().contains(invitation.memberId())) {
      throw DomainException.conflict("invitationId", "already speaks in this session");
    }
    requireFreeToSpeak(invitation.memberId(), session.startsAt(), session.endsAt());
    calendar.hold(invitation.memberId());
    calendar
        .clash(conferenceId, invitation.memberId(), session.startsAt(), session.endsAt(), null)
        .ifPresent(
            clash -> {
              throw DomainException.conflict(
                  "invitationId", "the speaker has " + clash + " at that time");
            });
    apply(
        new SpeakerAssigned(
            conferenceId, session.id(), invitation.memberId(), command.invitationId()));
  }

  @CommandHandler
  public void handle(RecordTalkGiven command) {
    Session session = session(command.sessionId());
    if (!session.speakers().contains(command.memberId())) {
      throw DomainException.invalid("memberId", "not a speaker of this session");
    }
    if (now().isBefore(session.startsAt())) {
      throw DomainException.conflict("sessionId", "the session has not started yet");
    }
    if (talksGiven.contains(session.id() + "/" + command.memberId())) {
      throw DomainException.conflict("memberId", "already recorded");
    }
    apply(
        new TalkGiven(
            conferenceId,
            session.id(),
            command.memberId(),
            session.kind(),
            session.title(),
            name,
            LocalDate.ofInstant(session.startsAt(), zone),
            assignments.get(session.id() + "/" + command.memberId())));
  }

  @CommandHandler
  public void handle(SubmitAbstract command) {
    if (abstracts.containsKey(command.abstractId())) {
      throw DomainException.conflict("abstractId", "the abstract exists");
    }
    if (today().isAfter(endDate)) {
      throw DomainException.conflict("conferenceId", "the conference is over");
    }
    apply(
        new AbstractSubmitted(
            conferenceId,
            command.abstractId(),
            command.memberId(),
            command.title().trim(),
            command.authors()));
  }

  @CommandHandler
  public void handle(DecideAbstract command) {
    Abstract submitted = abstractOf(command.abstractId());
    if (submitted.accepted() != null) {
      throw DomainException.conflict("abstractId", "already decided");
    }
    apply(
        new AbstractDecided(
            conferenceId,
            command.abstractId(),
            submitted.memberId(),
            command.accept(),
            command.reason(),
            submitted.title()));
  }

  @CommandHandler
  public void handle(AssignPoster command) {
    Abstract submitted = abstractOf(command.abstractId());
    Session session = openSession(command.sessionId());
    if (!Boolean.TRUE.equals(submitted.accepted())) {
      throw DomainException.conflict("abstractId", "only an accepted abstract is presented");
    }
    if (session.kind() != SessionKind.POSTER_SESSION) {
      throw DomainException.invalid("sessionId", "posters hang in a poster session");
    }
    if (command.boardNumber() < 1) {
      throw DomainException.invalid("boardNumber", "boards are numbered from 1");
    }
    if (submitted.sessionId() != null) {
      throw DomainException.conflict("abstractId", "the poster already has a board");
    }
    if (boards.contains(board(session.id(), command.boardNumber()))) {
      throw DomainException.conflict(
          "boardNumber", "board " + command.boardNumber() + " is taken in that session");
    }
    apply(
        new PosterAssigned(
            conferenceId,
            command.abstractId(),
            submitted.memberId(),
            session.id(),
            command.boardNumber()));
  }

  @CommandHandler
  public void handle(RecordPosterPresented command) {
    Abstract submitted = abstractOf(command.abstractId());
    if (submitted.sessionId() == null) {
      throw DomainException.conflict("abstractId", "the poster has no board yet");
    }
    Session session = session(submitted.sessionId());
    if (now().isBefore(session.startsAt())) {
      throw DomainException.conflict("abstractId", "the poster session has not started yet");
    }
    if (postersPresented.contains(command.abstractId())) {
      throw DomainException.conflict("abstractId", "already recorded");
    }
    apply(
        new PosterPresented(
            conferenceId,
            command.abstractId(),
            submitted.memberId(),
            submitted.title(),
            name,
            LocalDate.ofInstant(session.startsAt(), zone)));
  }

  private void requireFreeToSpeak(String memberId, Instant start, Instant end) {
    scheduled(null)
        .filter(s -> s.speakers().contains(memberId) && s.overlaps(start, end))
        .findFirst()
        .ifPresent(
            s -> {
              throw DomainException.conflict(
                  "speakerIds", memberId + " speaks then in \"" + s.title() + "\"");
            });
  }

  private boolean isAttending(String memberId) {
    return registrations.values().stream()
        .anyMatch(r -> r.memberId().equals(memberId) && r.placed());
  }

  private Registration registration(String registrationId) {
    Registration registration = registrations.get(registrationId);
    if (registration == null) {
      throw DomainException.notFound("registrationId", "no registration " + registrationId);
    }
    return registration;
  }

  /** A session that has not been cancelled: one that still takes people, speakers, posters. */
  private Session openSession(String sessionId) {
    Session session = session(sessionId);
    if (cancelledSessions.contains(sessionId)) {
      throw DomainException.conflict(
          "sessionId", "the session \"" + session.title() + "\" was cancelled");
    }
    return session;
  }

  private Session session(String sessionId) {
    Session session = sessions.get(sessionId);
    if (session == null) {
      throw DomainException.notFound("sessionId", "no session " + sessionId);
    }
    return session;
  }

  private Invitation invitation(String invitationId) {
    Invitation invitation = invitations.get(invitationId);
    if (invitation == null) {
      throw DomainException.notFound("invitationId", "no invitation " + invitationId);
    }
    return invitation;
  }

  private Abstract abstractOf(String abstractId) {
    Abstract submitted = abstracts.get(abstractId);
    if (submitted == null) {
      throw DomainException.notFound("abstractId", "no abstract " + abstractId);
    }
    return submitted;
  }

  private static String board(String sessionId, int number) {
    return sessionId + "#" + number;
  }

  private static Instant now() {
    return GenericEventMessage.clock.instant();
  }

  private LocalDate today() {
    return LocalDate.ofInstant(now(), zone);
  }

  @EventSourcingHandler
  void on(ConferenceScheduled event) {
    conferenceId = event.conferenceId();
    societyId = event.societyId();
    name = event.name();
    startDate = event.startDate();
    endDate = event.endDate();
    zone = ZoneId.of(event.timeZone());
    fees = event.fees();
    places = new Places(event.capacity());
  }

  @EventSourcingHandler
  void on(SessionAdded event) {
    sessions.put(
        event.sessionId(),
        new Session(
            event.sessionId(),
            event.kind(),
            event.title(),
            event.startsAt(),
            event.endsAt(),
            event.room(),
            event.capacity() == null ? null : new Places(event.capacity()),
            new HashSet<>(event.speakerIds()),
            event.kind() == SessionKind.SPEED_MENTORING ? new SpeedMentoring() : null));
  }

  @EventSourcingHandler
  void on(SessionChanged event) {
    Session before = sessions.get(event.sessionId());
    sessions.put(
        event.sessionId(),
        new Session(
            before.id(),
            before.kind(),
            event.title(),
            event.startsAt(),
            event.endsAt(),
            event.room(),
            before.places(),
            before.speakers(),
            before.mentoring()));
  }

  @EventSourcingHandler
  void on(SessionCancelled event) {
    cancelledSessions.add(event.sessionId());
  }

  @EventSourcingHandler
  void on(Registered event) {
    registrations.put(event.registrationId(), new Registration(event.memberId(), true, false));
    places.take(event.registrationId());
  }

  @EventSourcingHandler
  void on(Waitlisted event) {
    registrations.put(event.registrationId(), new Registration(event.memberId(), false, false));
    places.waitFor(event.registrationId());
  }

  @EventSourcingHandler
  void on(RegistrationCancelled event) {
    registrations.remove(event.registrationId());
    places.remove(event.registrationId());
  }

  @EventSourcingHandler
  void on(RegistrationPromoted event) {
    registrations.put(event.registrationId(), new Registration(event.memberId(), true, false));
    places.promote(event.registrationId());
  }

  @EventSourcingHandler
  void on(CheckedIn event) {
    registrations.put(event.registrationId(), new Registration(event.memberId(), true, true));
  }

  @EventSourcingHandler
  void on(SessionPlaceTaken event) {
    Places sessionPlaces = sessions.get(event.sessionId()).places();
    if (event.waiting()) {
      sessionPlaces.waitFor(event.memberId());
    } else {
      sessionPlaces.take(event.memberId());
    }
  }

  @EventSourcingHandler
  void on(SessionPlaceReleased event) {
    Places sessionPlaces = sessions.get(event.sessionId()).places();
    sessionPlaces.remove(event.memberId());
    if (event.promotedMemberId() != null) {
      sessionPlaces.promote(event.promotedMemberId());
    }
  }

  @EventSourcingHandler
  void on(SpeedMentoringJoined event) {
    sessions
        .get(event.sessionId())
        .mentoring()
        .joined()
        .put(event.memberId(), new SpeedMentoring.Joiner(event.role(), event.interests()));
  }

  @EventSourcingHandler
  void on(SpeedMentoringLeft event) {
    sessions.get(event.sessionId()).mentoring().joined().remove(event.memberId());
  }

  @EventSourcingHandler
  void on(SpeedMentoringPaired event) {
    sessions.get(event.sessionId()).mentoring().markPaired();
  }

  @EventSourcingHandler
  void on(SpeakerInvited event) {
    invitations.put(
        event.invitationId(), new Invitation(event.memberId(), event.sessionId(), null));
  }

  @EventSourcingHandler
  void on(InvitationAnswered event) {
    invitations.computeIfPresent(
        event.invitationId(),
        (id, i) -> new Invitation(i.memberId(), i.sessionId(), event.accepted()));
  }

  @EventSourcingHandler
  void on(SpeakerAssigned event) {
    sessions.get(event.sessionId()).speakers().add(event.memberId());
    assignments.put(event.sessionId() + "/" + event.memberId(), event.invitationId());
  }

  @EventSourcingHandler
  void on(TalkGiven event) {
    talksGiven.add(event.sessionId() + "/" + event.memberId());
  }

  @EventSourcingHandler
  void on(AbstractSubmitted event) {
    abstracts.put(event.abstractId(), new Abstract(event.memberId(), event.title(), null, null));
  }

  @EventSourcingHandler
  void on(AbstractDecided event) {
    abstracts.computeIfPresent(
        event.abstractId(),
        (id, a) -> new Abstract(a.memberId(), a.title(), event.accepted(), a.sessionId()));
  }

  @EventSourcingHandler
  void on(PosterAssigned event) {
    abstracts.computeIfPresent(
        event.abstractId(),
        (id, a) -> new Abstract(a.memberId(), a.title(), a.accepted(), event.sessionId()));
    boards.add(board(event.sessionId(), event.boardNumber()));
  }

  @EventSourcingHandler
  void on(PosterPresented event) {
    postersPresented.add(event.abstractId());
  }

  /** Places of a capacity, held in order of arrival, and those waiting for one in order. */
  @JsonAutoDetect(
      fieldVisibility = JsonAutoDetect.Visibility.ANY,
      getterVisibility = JsonAutoDetect.Visibility.NONE,
      isGetterVisibility = JsonAutoDetect.Visibility.NONE)
  static final class Places {
    private final int capacity;
    private final List<String> holders = new ArrayList<>();
    private final List<String> waiting = new ArrayList<>();

    @JsonCreator
    Places(@JsonProperty("capacity") int capacity) {
      this.capacity = capacity;
    }

    int capacity() {
      return capacity;
    }

    boolean isFull() {
      return holders.size() >= capacity;
    }

    boolean holds(String id) {
      return holders.contains(id);
    }

    boolean holdsOrWaits(String id) {
      return holders.contains(id) || waiting.contains(id);
    }

    Optional<String> next() {
      return waiting.stream().findFirst();
    }

    void take(String id) {
      holders.add(id);
    }

    void waitFor(String id) {
      waiting.add(id);
    }

    void promote(String id) {
      waiting.remove(id);
      holders.add(id);
    }

    void remove(String id) {
      holders.remove(id);
      waiting.remove(id);
    }

    @Override
    public boolean equals(Object other) {
      return other instanceof Places that
          && capacity == that.capacity
          && holders.equals(that.holders)
          && waiting.equals(that.waiting);
    }

    @Override
    public int hashCode() {
      return java.util.Objects.hash(capacity, holders, waiting);
    }
  }

  /** Who joined a speed-mentoring session, in order, and whether it has been paired. */
  @JsonAutoDetect(
      fieldVisibility = JsonAutoDetect.Visibility.ANY,
      getterVisibility = JsonAutoDetect.Visibility.NONE,
      isGetterVisibility = JsonAutoDetect.Visibility.NONE)
  static final class SpeedMentoring {

    record Joiner(MentoringRole role, Set<String> interests) {}

    private final LinkedHashMap<String, Joiner> joined = new LinkedHashMap<>();
    private boolean paired;

    LinkedHashMap<String, Joiner> joined() {
      return joined;
    }

    boolean paired() {
      return paired;
    }

    void markPaired() {
      paired = true;
    }

    long count(MentoringRole role) {
      return joined.values().stream().filter(j -> j.role() == role).count();
    }

    List<MentoringPair> pair(String sessionId) {
      List<String> freeMentors =
          new ArrayList<>(
              joined.entrySet().stream()
                  .filter(e -> e.getValue().role() == MentoringRole.MENTOR)
                  .map(Map.Entry::getKey)
                  .toList());
      List<MentoringPair> pairs = new ArrayList<>();
      for (Map.Entry<String, Joiner> trainee : joined.entrySet()) {
        if (trainee.getValue().role() != MentoringRole.TRAINEE || freeMentors.isEmpty()) {
          continue;
        }
        String best = freeMentors.get(0);
        int bestShared = -1;
        for (String mentor : freeMentors) {
          int shared = shared(trainee.getValue(), joined.get(mentor)).size();
          if (shared > bestShared) {
            best = mentor;
            bestShared = shared;
          }
        }
        freeMentors.remove(best);
        pairs.add(
            new MentoringPair(
                sessionId + ":" + trainee.getKey(),
                trainee.getKey(),
                best,
                shared(trainee.getValue(), joined.get(best))));
      }
      return pairs;
    }

    private static Set<String> shared(Joiner a, Joiner b) {
      Set<String> shared = new java.util.TreeSet<>(a.interests());
      shared.retainAll(b.interests());
      return Set.copyOf(shared);
    }

    @Override
    public boolean equals(Object other) {
      return other instanceof SpeedMentoring that
          && paired == that.paired
          && joined.equals(that.joined);
    }

    @Override
    public int hashCode() {
      return java.util.Objects.hash(joined, paired);
    }
  }
}
