package org.medsoc.events.conference.query;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import java.sql.Array;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.queryhandling.QueryHandler;
import org.medsoc.events.conference.api.*;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** Conferences, programmes, registrations, speakers and posters, for reading. */
@Component
@ProcessingGroup(ConferenceDirectory.PROCESSING_GROUP)
public class ConferenceDirectory {

  public static final String PROCESSING_GROUP = "conferences";
  private static final ObjectMapper JSON = new ObjectMapper();

  private final JdbcTemplate jdbc;

  public ConferenceDirectory(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  @EventHandler
  void on(ConferenceScheduled e) throws JsonProcessingException {
    jdbc.update(
        """
        INSERT INTO conference_view (conference_id, society_id, name, start_date, end_date,
            time_zone, venue, capacity, fees, currency)
        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING
        """,
        e.conferenceId(),
        e.societyId(),
        e.name(),
        Date.valueOf(e.startDate()),
        Date.valueOf(e.endDate()),
        e.timeZone(),
        e.venue(),
        e.capacity(),
        JSON.writeValueAsString(e.fees()),
        e.currency());
  }

  @EventHandler
  void on(SessionAdded e) {
    jdbc.update(
        """
        INSERT INTO session_view (session_id, conference_id, kind, title, starts_at, ends_at, room,
            capacity, speaker_ids)
        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING
        """,
        ps -> {
          ps.setString(1, e.sessionId());
          ps.setString(2, e.conferenceId());
          ps.setString(3, e.kind().name());
          ps.setString(4, e.title());
          ps.setTimestamp(5, Timestamp.from(e.startsAt()));
          ps.setTimestamp(6, Timestamp.from(e.endsAt()));
          ps.setString(7, e.room());
          ps.setObject(8, e.capacity());
          ps.setArray(9, ps.getConnection().createArrayOf("text", e.speakerIds().toArray()));
        });
  }

  @EventHandler
  void on(SessionChanged e) {
    jdbc.update(
        "UPDATE session_view SET title = ?, starts_at = ?, ends_at = ?, room = ? WHERE session_id = ?",
        e.title(),
        Timestamp.from(e.startsAt()),
        Timestamp.from(e.endsAt()),
        e.room(),
        e.sessionId());
  }

  @EventHandler
  void on(SessionCancelled e) {
    jdbc.update(
        "UPDATE session_view SET cancelled = TRUE, cancelled_reason = ? WHERE session_id = ?",
        e.reason(),
        e.sessionId());
  }

  @EventHandler
  void on(SpeakerAssigned e) {
    jdbc.update(
        """
        UPDATE session_view SET speaker_ids = array_append(speaker_ids, ?)
        WHERE session_id = ? AND NOT (? = ANY (speaker_ids))
        """,
        e.memberId(),
        e.sessionId(),
        e.memberId());
  }

  @EventHandler
  void on(Registered e, @org.axonframework.eventhandling.Timestamp Instant at) {
    registration(
        e.conferenceId(), e.registrationId(), e.memberId(), "REGISTERED", e.rate(), e.fee(), at);
  }

  @EventHandler
  void on(Waitlisted e, @org.axonframework.eventhandling.Timestamp Instant at) {
    registration(
        e.conferenceId(), e.registrationId(), e.memberId(), "WAITLISTED", e.rate(), e.fee(), at);
  }

  @EventHandler
  void on(RegistrationPromoted e) {
    status(e.registrationId(), "REGISTERED");
  }

  @EventHandler
  void on(RegistrationCancelled e) {
    status(e.registrationId(), "CANCELLED");
  }

  @EventHandler
  void on(CheckedIn e, @org.axonframework.eventhandling.Timestamp Instant at) {
    jdbc.update(
        "UPDATE registration_view SET checked_in_at = ? WHERE registration_id = ?",
        Timestamp.from(at),
        e.registrationId());
  }

  @EventHandler
  void on(SessionPlaceTaken e) {
    jdbc.update(
        """
        INSERT INTO session_place_view (session_id, member_id, waiting) VALUES (?, ?, ?)
        ON CONFLICT DO NOTHING
        """,
        e.sessionId(),
        e.memberId(),
        e.waiting());
  }

  @EventHandler
  void on(SessionPlaceReleased e) {
    jdbc.update(
        "DELETE FROM session_place_view WHERE session_id = ? AND member_id = ?",
        e.sessionId(),
        e.memberId());
    if (e.promotedMemberId() != null) {
      jdbc.update(
          "UPDATE session_place_view SET waiting = FALSE WHERE session_id = ? AND member_id = ?",
          e.sessionId(),
          e.promotedMemberId());
    }
  }

  @EventHandler
  void on(SpeakerInvited e) {
    jdbc.update(
        """
        INSERT INTO invitation_view (invitation_id, conference_id, member_id, topic, session_id,
            nomination_id, status)
        VALUES (?, ?, ?, ?, ?, ?, 'INVITED') ON CONFLICT DO NOTHING
        """,
        e.invitationId(),
        e.conferenceId(),
        e.memberId(),
        e.topic(),
        e.sessionId(),
        e.nominationId());
  }

  @EventHandler
  void on(InvitationAnswered e) {
    jdbc.update(
        "UPDATE invitation_view SET status = ?, reason = ? WHERE invitation_id = ?",
        e.accepted() ? "ACCEPTED" : "DECLINED",
        e.reason(),
        e.invitationId());
  }

  @EventHandler
  void on(AbstractSubmitted e) {
    jdbc.update(
        """
        INSERT INTO abstract_view (abstract_id, conference_id, member_id, title, authors, status)
        VALUES (?, ?, ?, ?, ?, 'SUBMITTED') ON CONFLICT DO NOTHING
        """,
        e.abstractId(),
        e.conferenceId(),
        e.memberId(),
        e.title(),
        e.authors());
  }

  @EventHandler
  void on(AbstractDecided e) {
    jdbc.update(
        "UPDATE abstract_view SET status = ?, decision_reason = ? WHERE abstract_id = ?",
        e.accepted() ? "ACCEPTED" : "REJECTED",
        e.reason(),
        e.abstractId());
  }

  @EventHandler
  void on(PosterAssigned e) {
    jdbc.update(
        "UPDATE abstract_view SET session_id = ?, board_number = ? WHERE abstract_id = ?",
        e.sessionId(),
        e.boardNumber(),
        e.abstractId());
  }

  @EventHandler
  void on(PosterPresented e) {
    jdbc.update("UPDATE abstract_view SET presented = TRUE WHERE abstract_id = ?", e.abstractId());
  }

  @EventHandler
  void on(SpeedMentoringJoined e) {
    jdbc.update(
        """
        INSERT INTO speed_mentoring_place (session_id, member_id, conference_id, role, interests)
        VALUES (?, ?, ?, ?, ?) ON CONFLICT DO NOTHING
        """,
        e.sessionId(),
        e.memberId(),
        e.conferenceId(),
        e.role().name(),
        e.interests().stream().sorted().toArray(String[]::new));
  }

  @EventHandler
  void on(SpeedMentoringLeft e) {
    jdbc.update(
        "DELETE FROM speed_mentoring_place WHERE session_id = ? AND member_id = ?",
        e.sessionId(),
        e.memberId());
  }

  @EventHandler
  void on(SpeedMentoringPaired e) {
    for (MentoringPair pair : e.pairs()) {
      jdbc.update(
          """
          INSERT INTO speed_mentoring_pair (pair_id, conference_id, session_id, trainee_id,
              mentor_id, shared_interests)
          VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING
          """,
          pair.pairId(),
          e.conferenceId(),
          e.sessionId(),
          pair.traineeId(),
          pair.mentorId(),
          pair.sharedInterests().stream().sorted().toArray(String[]::new));
    }
  }

  @ResetHandler
  void onReset() {
    jdbc.execute(
        "TRUNCATE conference_view, session_view, session_place_view, registration_view,"
            + " invitation_view, abstract_view, speed_mentoring_place, speed_mentoring_pair");
  }

  private void registration(
      String conferenceId,
      String registrationId,
      String memberId,
      String status,
      Rate rate,
      BigDecimal fee,
      Instant at) {
    jdbc.update(
        """
        INSERT INTO registration_view (registration_id, conference_id, member_id, status, rate, fee,
            registered_at)
        VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING
        """,
        registrationId,
        conferenceId,
        memberId,
        status,
        rate.name(),
        fee,
        Timestamp.from(at));
  }

  private void status(String registrationId, String status) {
    jdbc.update(
        "UPDATE registration_view SET status = ? WHERE registration_id = ?",
        status,
        registrationId);
  }

  @QueryHandler
  public Optional<ConferenceView> handle(FindConference query) {
    return jdbc
        .query(
            "SELECT * FROM conference_view WHERE conference_id = ?",
            (rs, i) -> conference(rs),
            query.conferenceId())
        .stream()
        .findFirst();
  }

  @QueryHandler
  public List<ConferenceView> handle(ListConferences query) {
    return jdbc.query(
        "SELECT * FROM conference_view WHERE society_id = ? ORDER BY start_date DESC, conference_id",
        (rs, i) -> conference(rs),
        query.societyId());
  }

  @QueryHandler
  public List<AbstractView> handle(FindAbstracts query) {
    return jdbc.query(
        "SELECT * FROM abstract_view WHERE conference_id = ? ORDER BY title, abstract_id",
        (rs, i) -> abstractOf(rs),
        query.conferenceId());
  }

  @QueryHandler
  public List<AbstractView> handle(FindAbstractsOf query) {
    return jdbc.query(
        "SELECT * FROM abstract_view WHERE conference_id = ? AND member_id = ? ORDER BY title, abstract_id",
        (rs, i) -> abstractOf(rs),
        query.conferenceId(),
        query.memberId());
  }

  private static AbstractView abstractOf(java.sql.ResultSet rs) throws java.sql.SQLException {
    return new AbstractView(
        rs.getString("abstract_id"),
        rs.getString("member_id"),
        rs.getString("title"),
        rs.getString("authors"),
        rs.getString("status"),
        rs.getString("decision_reason"),
        rs.getString("session_id"),
        (Integer) rs.getObject("board_number"),
        rs.getBoolean("presented"));
  }

  private static ConferenceView conference(java.sql.ResultSet rs) throws java.sql.SQLException {
    try {
      return new ConferenceView(
          rs.getString("conference_id"),
          rs.getString("society_id"),
          rs.getString("name"),
          rs.getDate("start_date").toLocalDate(),
          rs.getDate("end_date").toLocalDate(),
          rs.getString("time_zone"),
          rs.getString("venue"),
          rs.getInt("capacity"),
          JSON.readValue(rs.getString("fees"), new TypeReference<Map<Rate, BigDecimal>>() {}),
          rs.getString("currency"));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  @QueryHandler
  public List<SessionView> handle(FindProgramme query) {
    ZoneId zone = zoneOf(query.conferenceId());
    return jdbc.query(
        """
        SELECT s.*,
            (SELECT count(*) FROM session_place_view p WHERE p.session_id = s.session_id AND NOT p.waiting) AS taken,
            (SELECT count(*) FROM session_place_view p WHERE p.session_id = s.session_id AND p.waiting) AS waiting
        FROM session_view s WHERE s.conference_id = ? ORDER BY s.starts_at, s.session_id
        """,
        (rs, i) -> {
          Object capacity = rs.getObject("capacity");
          return new SessionView(
              rs.getString("session_id"),
              SessionKind.valueOf(rs.getString("kind")),
              rs.getString("title"),
              local(rs, "starts_at", zone),
              local(rs, "ends_at", zone),
              rs.getString("room"),
              capacity == null ? null : ((Number) capacity).intValue(),
              rs.getInt("taken"),
              rs.getInt("waiting"),
              strings(rs.getArray("speaker_ids")),
              rs.getBoolean("cancelled"),
              rs.getString("cancelled_reason"));
        },
        query.conferenceId());
  }

  @QueryHandler
  public List<RegistrationView> handle(FindRegistrations query) {
    return jdbc.query(
        "SELECT * FROM registration_view WHERE conference_id = ? ORDER BY registered_at, registration_id",
        (rs, i) -> {
          Timestamp checkedIn = rs.getTimestamp("checked_in_at");
          return new RegistrationView(
              rs.getString("registration_id"),
              rs.getString("member_id"),
              rs.getString("status"),
              Rate.valueOf(rs.getString("rate")),
              rs.getBigDecimal("fee"),
              rs.getTimestamp("registered_at").toInstant(),
              checkedIn == null ? null : checkedIn.toInstant());
        },
        query.conferenceId());
  }

  @QueryHandler
  public List<OwnRegistration> handle(FindRegistrationsOf query) {
    return jdbc.query(
        """
        SELECT r.*, c.currency FROM registration_view r
          JOIN conference_view c ON c.conference_id = r.conference_id
         WHERE r.member_id = ? ORDER BY c.start_date DESC, r.registered_at
        """,
        (rs, i) -> {
          Timestamp checkedIn = rs.getTimestamp("checked_in_at");
          return new OwnRegistration(
              rs.getString("conference_id"),
              rs.getString("registration_id"),
              rs.getString("status"),
              Rate.valueOf(rs.getString("rate")),
              rs.getBigDecimal("fee"),
              rs.getString("currency"),
              rs.getTimestamp("registered_at").toInstant(),
              checkedIn == null ? null : checkedIn.toInstant());
        },
        query.memberId());
  }

  /** Sessions the member speaks at, holds a place in, or presents a poster in, in time order. */
  @QueryHandler
  public List<AgendaItem> handle(FindAgenda query) {
    ZoneId zone = zoneOf(query.conferenceId());
    return jdbc.query(
        """
        SELECT 'SESSION' AS kind, s.session_id AS id, s.title, s.starts_at, s.ends_at, s.room,
               CASE WHEN ? = ANY (s.speaker_ids) THEN 'SPEAKER'
                    WHEN p.waiting THEN 'WAITLISTED' ELSE 'ATTENDEE' END AS role
        FROM session_view s
        LEFT JOIN session_place_view p ON p.session_id = s.session_id AND p.member_id = ?
        WHERE s.conference_id = ? AND (? = ANY (s.speaker_ids) OR p.member_id IS NOT NULL)
        UNION ALL
        SELECT 'SESSION', s.session_id, s.title, s.starts_at, s.ends_at, s.room, m.role
        FROM speed_mentoring_place m JOIN session_view s ON s.session_id = m.session_id
        WHERE m.conference_id = ? AND m.member_id = ?
        UNION ALL
        SELECT 'POSTER', a.abstract_id, a.title || ' (board ' || a.board_number || ')', s.starts_at,
               s.ends_at, s.room, 'PRESENTER'
        FROM abstract_view a JOIN session_view s ON s.session_id = a.session_id
        WHERE a.conference_id = ? AND a.member_id = ?
        UNION ALL
        SELECT 'MEETING', m.meeting_id, m.purpose, m.starts_at, m.ends_at, NULL,
               CASE WHEN m.requester_id = ? THEN 'REQUESTER' ELSE 'INVITEE' END
        FROM meeting_view m
        WHERE m.conference_id = ? AND (m.requester_id = ? OR m.invitee_id = ?) AND m.status = 'ACCEPTED'
        ORDER BY starts_at, id
        """,
        (rs, i) ->
            new AgendaItem(
                rs.getString("kind"),
                rs.getString("id"),
                rs.getString("title"),
                local(rs, "starts_at", zone),
                local(rs, "ends_at", zone),
                rs.getString("room"),
                rs.getString("role")),
        query.memberId(),
        query.memberId(),
        query.conferenceId(),
        query.memberId(),
        query.conferenceId(),
        query.memberId(),
        query.conferenceId(),
        query.memberId(),
        query.memberId(),
        query.conferenceId(),
        query.memberId(),
        query.memberId());
  }

  @QueryHandler
  public List<PosterBoard> handle(FindPosterBoard query) {
    ZoneId zone = zoneOf(query.conferenceId());
    return jdbc.query(
        """
        SELECT a.*, s.starts_at FROM abstract_view a JOIN session_view s ON s.session_id = a.session_id
        WHERE a.conference_id = ? ORDER BY s.starts_at, a.session_id, a.board_number
        """,
        (rs, i) ->
            new PosterBoard(
                rs.getString("session_id"),
                local(rs, "starts_at", zone),
                rs.getInt("board_number"),
                rs.getString("abstract_id"),
                rs.getString("member_id"),
                rs.getString("title"),
                rs.getString("authors"),
                rs.getBoolean("presented")),
        query.conferenceId());
  }

  @QueryHandler
  public SpeedMentoringView handle(FindSpeedMentoring query) {
    List<SpeedMentoringView.Place> places =
        jdbc.query(
            """
            SELECT * FROM speed_mentoring_place WHERE conference_id = ? AND session_id = ?
            ORDER BY joined_order
            """,
            (rs, i) ->
                new SpeedMentoringView.Place(
                    rs.getString("member_id"),
                    MentoringRole.valueOf(rs.getString("role")),
                    strings(rs.getArray("interests"))),
            query.conferenceId(),
            query.sessionId());
    List<MentoringPair> pairs =
        jdbc.query(
            """
            SELECT p.* FROM speed_mentoring_pair p
            LEFT JOIN speed_mentoring_place t
                ON t.session_id = p.session_id AND t.member_id = p.trainee_id
            WHERE p.conference_id = ? AND p.session_id = ? ORDER BY t.joined_order, p.pair_id
            """,
            (rs, i) ->
                new MentoringPair(
                    rs.getString("pair_id"),
                    rs.getString("trainee_id"),
                    rs.getString("mentor_id"),
                    strings(rs.getArray("shared_interests"))),
            query.conferenceId(),
            query.sessionId());
    return new SpeedMentoringView(query.sessionId(), places, pairs);
  }

  @QueryHandler
  public List<InvitationView> handle(FindInvitations query) {
    boolean ofConference = query.conferenceId() != null;
    return jdbc.query(
        "SELECT * FROM invitation_view WHERE "
            + (ofConference ? "conference_id" : "member_id")
            + " = ? ORDER BY invitation_id",
        (rs, i) ->
            new InvitationView(
                rs.getString("invitation_id"),
                rs.getString("conference_id"),
                rs.getString("member_id"),
                rs.getString("topic"),
                rs.getString("session_id"),
                rs.getString("nomination_id"),
                rs.getString("status"),
                rs.getString("reason")),
        ofConference ? query.conferenceId() : query.memberId());
  }

  private ZoneId zoneOf(String conferenceId) {
    return jdbc
        .queryForList(
            "SELECT time_zone FROM conference_view WHERE conference_id = ?",
            String.class,
            conferenceId)
        .stream()
        .findFirst()
        .map(ZoneId::of)
        .orElse(ZoneId.of("UTC"));
  }

  private static LocalDateTime local(ResultSet rs, String column, ZoneId zone) throws SQLException {
    return LocalDateTime.ofInstant(rs.getTimestamp(column).toInstant(), zone);
  }

  private static Set<String> strings(Array array) throws SQLException {
    return Arrays.stream((String[]) array.getArray())
        .collect(Collectors.toCollection(LinkedHashSet::new));
  }
}
