package org.medsoc.events.conference.command;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Stream;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.medsoc.events.conference.api.*;
import org.medsoc.events.meeting.command.MeetingCalendar;
import org.medsoc.kernel.error.DomainException;

/**
 * A conference's programme: its sessions in their rooms and times, who speaks where and who has
 * given their talk. No room and no speaker is in two sessions at once.
 */
@JsonAutoDetect(
    fieldVisibility = JsonAutoDetect.Visibility.ANY,
    getterVisibility = JsonAutoDetect.Visibility.NONE,
    isGetterVisibility = JsonAutoDetect.Visibility.NONE)
class Programme {

  private String conferenceId;
  private String conferenceName;
  private ConferenceDays days;
  private final Map<String, Session> sessions = new LinkedHashMap<>();
  private final Set<String> cancelledSessions = new HashSet<>();
  private final Set<String> talksGiven = new HashSet<>();

  /** Which invitation put a speaker into a session, by "session/member". */
  private final Map<String, String> assignments = new HashMap<>();

  Programme() {}

  Programme(String conferenceId, String conferenceName, ConferenceDays days) {
    this.conferenceId = conferenceId;
    this.conferenceName = conferenceName;
    this.days = days;
  }

  @CommandHandler
  void handle(AddSession command) {
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
  void handle(ChangeSession command) {
    Session session = openSession(command.sessionId());
    Instant[] at =
        placeInProgramme(
            session.id(), command.start(), command.end(), command.room(), session.speakers());
    String title = command.title().trim();
    if (title.equals(session.title())
        && at[0].equals(session.startsAt())
        && at[1].equals(session.endsAt())
        && Objects.equals(command.room(), session.room())) {
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
  void handle(CancelSession command) {
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
      LocalDateTime start,
      LocalDateTime end,
      String room,
      Set<String> speakers) {
    if (!end.isAfter(start)) {
      throw DomainException.invalid("end", "a session ends after it starts");
    }
    if (!days.holds(start, end)) {
      throw DomainException.invalid(
          "start",
          "the session falls outside the conference, " + days.first() + " to " + days.last());
    }
    Instant startsAt = days.instant(start);
    Instant endsAt = days.instant(end);
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
      requireFreeToSpeak(movingSessionId, speaker, startsAt, endsAt);
    }
    return new Instant[] {startsAt, endsAt};
  }

  private void requireFreeToSpeak(String except, String memberId, Instant start, Instant end) {
    scheduled(except)
        .filter(s -> s.speakers().contains(memberId) && s.overlaps(start, end))
        .findFirst()
        .ifPresent(
            s -> {
              throw DomainException.conflict(
                  "speakerIds", memberId + " speaks then in \"" + s.title() + "\"");
            });
  }

  /** The sessions that hold their time and room: not cancelled, and not the one being moved. */
  private Stream<Session> scheduled(String except) {
    return sessions.values().stream()
        .filter(s -> !cancelledSessions.contains(s.id()) && !s.id().equals(except));
  }

  /** A speaker who accepted their invitation speaks in a session, free of talks and meetings. */
  void assignSpeaker(
      SpeakerInvitations.Invitation invitation, AssignSpeaker command, MeetingCalendar calendar) {
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
    requireFreeToSpeak(null, invitation.memberId(), session.startsAt(), session.endsAt());
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
  void handle(RecordTalkGiven command) {
    Session session = session(command.sessionId());
    if (!session.speakers().contains(command.memberId())) {
      throw DomainException.invalid("memberId", "not a speaker of this session");
    }
    if (ConferenceDays.now().isBefore(session.startsAt())) {
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
            conferenceName,
            days.dayOf(session.startsAt()),
            assignments.get(session.id() + "/" + command.memberId())));
  }

  /** A session that has not been cancelled: one that still takes people, speakers, posters. */
  Session openSession(String sessionId) {
    Session session = session(sessionId);
    if (cancelledSessions.contains(sessionId)) {
      throw DomainException.conflict(
          "sessionId", "the session \"" + session.title() + "\" was cancelled");
    }
    return session;
  }

  Session session(String sessionId) {
    Session session = sessions.get(sessionId);
    if (session == null) {
      throw DomainException.notFound("sessionId", "no session " + sessionId);
    }
    return session;
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
            new HashSet<>(event.speakerIds())));
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
            before.speakers()));
  }

  @EventSourcingHandler
  void on(SessionCancelled event) {
    cancelledSessions.add(event.sessionId());
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
}
