package org.medsoc.events.conference.command;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.medsoc.events.conference.api.*;
import org.medsoc.kernel.error.DomainException;

/**
 * The abstracts submitted to the conference, their decisions, and the posters of accepted ones: one
 * board per poster, one poster per board of a poster session.
 */
@JsonAutoDetect(
    fieldVisibility = JsonAutoDetect.Visibility.ANY,
    getterVisibility = JsonAutoDetect.Visibility.NONE,
    isGetterVisibility = JsonAutoDetect.Visibility.NONE)
class Abstracts {

  record Abstract(String memberId, String title, Boolean accepted, String sessionId) {}

  private String conferenceId;
  private String conferenceName;
  private ConferenceDays days;
  private final Map<String, Abstract> abstracts = new HashMap<>();
  private final Set<String> boards = new HashSet<>();
  private final Set<String> postersPresented = new HashSet<>();

  Abstracts() {}

  Abstracts(String conferenceId, String conferenceName, ConferenceDays days) {
    this.conferenceId = conferenceId;
    this.conferenceName = conferenceName;
    this.days = days;
  }

  @CommandHandler
  void handle(SubmitAbstract command) {
    if (abstracts.containsKey(command.abstractId())) {
      throw DomainException.conflict("abstractId", "the abstract exists");
    }
    if (days.isOver()) {
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
  void handle(DecideAbstract command) {
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

  /** An accepted abstract's poster hangs on a free board of a poster session. */
  void assignPoster(AssignPoster command, Programme programme) {
    Abstract submitted = abstractOf(command.abstractId());
    Session session = programme.openSession(command.sessionId());
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

  /** A poster is presented once its session has begun, and goes on the presenter's record. */
  void recordPresented(RecordPosterPresented command, Programme programme) {
    Abstract submitted = abstractOf(command.abstractId());
    if (submitted.sessionId() == null) {
      throw DomainException.conflict("abstractId", "the poster has no board yet");
    }
    Session session = programme.session(submitted.sessionId());
    if (ConferenceDays.now().isBefore(session.startsAt())) {
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
            conferenceName,
            days.dayOf(session.startsAt())));
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
}
