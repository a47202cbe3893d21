package org.medsoc.events.conference.command;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.medsoc.events.conference.api.*;
import org.medsoc.kernel.error.DomainException;

/**
 * Who holds or waits for a place in each limited session, and who joined each speed-mentoring
 * session: a session is never over-filled, and its waiting list moves up in order.
 */
@JsonAutoDetect(
    fieldVisibility = JsonAutoDetect.Visibility.ANY,
    getterVisibility = JsonAutoDetect.Visibility.NONE,
    isGetterVisibility = JsonAutoDetect.Visibility.NONE)
class SessionPlaces {

  /** The places of a session when limited, and its speed mentoring when it is one. */
  record Attendance(Places places, SpeedMentoring mentoring) {

    boolean holdsAttendeePlace(String memberId) {
      return places != null && mentoring == null && places.holdsOrWaits(memberId);
    }

    boolean waitsToBePaired(String memberId) {
      return mentoring != null && !mentoring.paired() && mentoring.joined().containsKey(memberId);
    }
  }

  private String conferenceId;
  private ConferenceDays days;

  /** By session, in the order sessions were added. */
  private final Map<String, Attendance> sessions = new LinkedHashMap<>();

  SessionPlaces() {}

  SessionPlaces(String conferenceId, ConferenceDays days) {
    this.conferenceId = conferenceId;
    this.days = days;
  }

  /** An attendee takes a place in a limited session, or waits for one. */
  void reserve(Session session, String memberId, Predicate<String> attending) {
    Attendance attendance = sessions.get(session.id());
    if (attendance.places() == null || attendance.mentoring() != null) {
      throw DomainException.invalid(
          "sessionId", "the session has no places to take this way (speed-mentoring: join it)");
    }
    if (!attending.test(memberId)) {
      throw DomainException.conflict("memberId", "only a registered attendee takes a place");
    }
    if (attendance.places().holdsOrWaits(memberId)) {
      throw DomainException.conflict("memberId", "already has a place or is waiting for one");
    }
    apply(
        new SessionPlaceTaken(conferenceId, session.id(), memberId, attendance.places().isFull()));
  }

  void release(Session session, String memberId) {
    Places places = sessions.get(session.id()).places();
    if (places == null || !places.holdsOrWaits(memberId)) {
      throw DomainException.notFound("memberId", "no place in this session");
    }
    release(session.id(), places, memberId);
  }

  private void release(String sessionId, Places places, String memberId) {
    String promoted = places.holds(memberId) ? places.next().orElse(null) : null;
    apply(new SessionPlaceReleased(conferenceId, sessionId, memberId, promoted));
  }

  /** What only an attendee holds goes back when their registration does. */
  void releaseWhatAttendeesHold(String memberId) {
    for (Map.Entry<String, Attendance> session : List.copyOf(sessions.entrySet())) {
      Attendance attendance = session.getValue();
      if (attendance.holdsAttendeePlace(memberId)) {
        release(session.getKey(), attendance.places(), memberId);
      }
      if (attendance.waitsToBePaired(memberId)) {
        apply(new SpeedMentoringLeft(conferenceId, session.getKey(), memberId));
      }
    }
  }

  /**
   * A speed-mentoring session has, when limited, as many places for mentors as for trainees; a
   * trainee place is for a trainee, a mentor place for any member (near-peer mentors included).
   */
  void join(
      Session session,
      JoinSpeedMentoring command,
      Predicate<String> attending,
      Predicate<String> trainee) {
    Attendance attendance = sessions.get(session.id());
    SpeedMentoring mentoring = attendance.mentoring();
    if (mentoring == null) {
      throw DomainException.invalid("sessionId", "not a speed-mentoring session");
    }
    if (!attending.test(command.memberId())) {
      throw DomainException.conflict("memberId", "only a registered attendee takes a place");
    }
    if (mentoring.joined().containsKey(command.memberId())) {
      throw DomainException.conflict("memberId", "already has a place in this session");
    }
    if (mentoring.paired()) {
      throw DomainException.conflict("sessionId", "the session is already paired");
    }
    if (command.role() == MentoringRole.TRAINEE && !trainee.test(command.memberId())) {
      throw DomainException.conflict(
          "role", "a trainee place is for a student, resident or fellow");
    }
    if (attendance.places() != null
        && mentoring.count(command.role()) >= attendance.places().capacity()) {
      throw DomainException.conflict(
          "role", "no " + command.role().name().toLowerCase() + " place left in this session");
    }
    Set<String> interests =
        command.interests() == null
            ? Set.of()
            : command.interests().stream()
                .map(i -> i.trim().toLowerCase())
                .filter(i -> !i.isEmpty())
                .collect(Collectors.toUnmodifiableSet());
    apply(
        new SpeedMentoringJoined(
            conferenceId, session.id(), command.memberId(), command.role(), interests));
  }

  /**
   * Each trainee in order of joining is paired with the free mentor sharing most interests with
   * them (the earlier joined on a tie); trainees left over when mentors run out stay unpaired.
   */
  void pair(Session session) {
    SpeedMentoring mentoring = sessions.get(session.id()).mentoring();
    if (mentoring == null) {
      throw DomainException.invalid("sessionId", "not a speed-mentoring session");
    }
    if (mentoring.paired()) {
      throw DomainException.conflict("sessionId", "the session is already paired");
    }
    List<MentoringPair> pairs = mentoring.pair(session.id());
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
            days.last(),
            days.zone().getId()));
  }

  @EventSourcingHandler
  void on(SessionAdded event) {
    sessions.put(
        event.sessionId(),
        new Attendance(
            event.capacity() == null ? null : new Places(event.capacity()),
            event.kind() == SessionKind.SPEED_MENTORING ? new SpeedMentoring() : null));
  }

  @EventSourcingHandler
  void on(SessionPlaceTaken event) {
    Places places = sessions.get(event.sessionId()).places();
    if (event.waiting()) {
      places.waitFor(event.memberId());
    } else {
      places.take(event.memberId());
    }
  }

  @EventSourcingHandler
  void on(SessionPlaceReleased event) {
    Places places = sessions.get(event.sessionId()).places();
    places.remove(event.memberId());
    if (event.promotedMemberId() != null) {
      places.promote(event.promotedMemberId());
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
}
