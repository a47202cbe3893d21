package org.medsoc.events.conference.command;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.medsoc.events.conference.api.*;
import org.medsoc.events.meeting.command.MeetingCalendar;
import org.medsoc.kernel.error.DomainException;
import org.medsoc.kernel.member.MembershipCategory;
import org.medsoc.kernel.member.MembershipStatus;
import org.medsoc.kernel.member.TrainingLevel;
import org.medsoc.platform.acting.Actor;
import org.medsoc.platform.eligibility.Eligibility;
import org.medsoc.platform.eligibility.MemberEligibility;

class ConferenceTest {

  private static final String ID = "annual-2027";
  private static final String SOCIETY = "aad";
  private static final LocalDate FIRST = LocalDate.of(2027, 3, 5);
  private static final LocalDate LAST = LocalDate.of(2027, 3, 7);
  private static final String ZONE = "America/Chicago";
  private static final Map<Rate, BigDecimal> FEES =
      Map.of(
          Rate.MEMBER_TRAINEE,
          new BigDecimal("50"),
          Rate.MEMBER,
          new BigDecimal("400"),
          Rate.NON_MEMBER,
          new BigDecimal("700"));
  private static final Instant BEFORE = Instant.parse("2027-02-01T12:00:00Z");
  private static final Instant DURING = Instant.parse("2027-03-06T20:00:00Z");
  private static final Actor STAFF = Actor.staffOf(SOCIETY);

  private final Map<String, MemberEligibility> members = new HashMap<>();

  /** Who has an accepted meeting at any session's time. */
  private final Map<String, String> meetings = new HashMap<>();

  private FixtureConfiguration<Conference> fixture;

  @BeforeEach
  void setUp() {
    fixture = new AggregateTestFixture<>(Conference.class);
    fixture.registerInjectableResource(
        (Eligibility)
            (memberId, societyId) -> Optional.ofNullable(members.get(memberId + "@" + societyId)));
    fixture.registerInjectableResource(
        new MeetingCalendar() {
          @Override
          public Optional<MeetingCalendar.ConferenceWindow> conference(String conferenceId) {
            return Optional.empty();
          }

          @Override
          public boolean isAttending(String conferenceId, String memberId) {
            return true;
          }

          @Override
          public List<String> meetingsOf(String conferenceId, String memberId) {
            return List.of();
          }

          @Override
          public void hold(String... memberIds) {}

          @Override
          public Optional<String> clash(
              String conferenceId, String memberId, Instant start, Instant end, String meetingId) {
            return Optional.ofNullable(meetings.get(memberId));
          }
        });
    member("resident", MembershipCategory.RESIDENT_FELLOW_IN_TRAINING, MembershipStatus.ACTIVE);
    member("attending", MembershipCategory.FULL, MembershipStatus.ACTIVE);
    member("lapsed", MembershipCategory.FULL, MembershipStatus.LAPSED);
  }

  private void member(String id, MembershipCategory category, MembershipStatus status) {
    members.put(
        id + "@" + SOCIETY,
        new MemberEligibility(
            id,
            SOCIETY,
            status,
            category,
            category.isTraineeCategory() ? TrainingLevel.PGY2 : TrainingLevel.ATTENDING,
            LocalDate.of(2028, 1, 1),
            Set.of(),
            1,
            Instant.now()));
  }

  private static ConferenceScheduled scheduled(int capacity) {
    return new ConferenceScheduled(
        ID,
        SOCIETY,
        "Annual Meeting",
        FIRST,
        LAST,
        ZONE,
        "Convention Center",
        capacity,
        FEES,
        "USD");
  }

  private static SessionAdded session(
      String id, SessionKind kind, int day, int hour, Integer capacity, Set<String> speakers) {
    LocalDateTime start = FIRST.plusDays(day).atTime(hour, 0);
    LocalDateTime end = start.plusHours(1);
    return new SessionAdded(
        ID,
        id,
        kind,
        "Session " + id,
        start,
        end,
        start.atZone(java.time.ZoneId.of(ZONE)).toInstant(),
        end.atZone(java.time.ZoneId.of(ZONE)).toInstant(),
        "Room " + id,
        capacity,
        speakers);
  }

  private static Actor as(String member) {
    return Actor.member(member);
  }

  @Test
  void staff_schedule_a_conference_in_its_time_zone() {
    fixture
        .givenNoPriorActivity()
        .when(
            new ScheduleConference(
                ID,
                SOCIETY,
                " Annual Meeting ",
                FIRST,
                LAST,
                ZONE,
                "Convention Center",
                2,
                FEES,
                "USD"))
        .expectEvents(scheduled(2));
  }

  @Test
  void a_conference_needs_a_real_time_zone() {
    fixture
        .givenNoPriorActivity()
        .when(
            new ScheduleConference(
                ID, SOCIETY, "x", FIRST, LAST, "Mars/Olympus", null, 2, FEES, "USD"))
        .expectException(DomainException.class)
        .expectExceptionMessage("timeZone: not a time zone: Mars/Olympus")
        .expectNoEvents();
  }

  @Test
  void a_conference_needs_a_fee_for_every_rate() {
    fixture
        .givenNoPriorActivity()
        .when(
            new ScheduleConference(
                ID,
                SOCIETY,
                "x",
                FIRST,
                LAST,
                ZONE,
                null,
                2,
                Map.of(Rate.MEMBER, BigDecimal.TEN),
                "USD"))
        .expectException(DomainException.class)
        .expectNoEvents();
  }

  @Test
  void staff_move_a_session_to_another_hour_and_room() {
    LocalDateTime start = FIRST.plusDays(1).atTime(14, 0);
    fixture
        .given(scheduled(2), session("s1", SessionKind.TALK, 1, 9, null, Set.of("attending")))
        .when(new ChangeSession(ID, "s1", " Skin of color ", start, start.plusHours(1), "Hall B"))
        .expectEvents(
            new SessionChanged(
                ID,
                "s1",
                "Skin of color",
                start,
                start.plusHours(1),
                start.atZone(java.time.ZoneId.of(ZONE)).toInstant(),
                start.plusHours(1).atZone(java.time.ZoneId.of(ZONE)).toInstant(),
                "Hall B"));
  }

  @Test
  void a_session_is_not_moved_into_a_room_taken_then() {
    fixture
        .given(
            scheduled(2),
            session("s1", SessionKind.TALK, 1, 9, null, Set.of()),
            session("s2", SessionKind.TALK, 1, 11, null, Set.of()))
        .when(
            new ChangeSession(
                ID,
                "s1",
                "Session s1",
                FIRST.plusDays(1).atTime(11, 30),
                FIRST.plusDays(1).atTime(12, 30),
                "Room s2"))
        .expectException(DomainException.class)
        .expectExceptionMessage("room: Room s2 is taken then by \"Session s2\"")
        .expectNoEvents();
  }

  @Test
  void a_session_keeps_its_own_room_when_only_its_title_changes() {
    LocalDateTime start = FIRST.plusDays(1).atTime(9, 0);
    fixture
        .given(scheduled(2), session("s1", SessionKind.TALK, 1, 9, null, Set.of()))
        .when(new ChangeSession(ID, "s1", "Renamed", start, start.plusHours(1), "Room s1"))
        .expectSuccessfulHandlerExecution()
        .expectEventsMatching(
            org.axonframework.test.matchers.Matchers.exactSequenceOf(
                org.axonframework.test.matchers.Matchers.messageWithPayload(
                    org.hamcrest.Matchers.instanceOf(SessionChanged.class)),
                org.axonframework.test.matchers.Matchers.andNoMore()));
  }

  @Test
  void the_same_session_saved_unchanged_records_nothing() {
    LocalDateTime start = FIRST.plusDays(1).atTime(9, 0);
    fixture
        .given(scheduled(2), session("s1", SessionKind.TALK, 1, 9, null, Set.of()))
        .when(new ChangeSession(ID, "s1", "Session s1", start, start.plusHours(1), "Room s1"))
        .expectSuccessfulHandlerExecution()
        .expectNoEvents();
  }

  @Test
  void a_cancelled_session_frees_its_room() {
    fixture
        .given(
            scheduled(2),
            session("s1", SessionKind.WORKSHOP, 1, 9, 10, Set.of()),
            new SessionCancelled(ID, "s1", "speaker ill"))
        .when(
            new AddSession(
                ID,
                "s2",
                SessionKind.TALK,
                "In its place",
                FIRST.plusDays(1).atTime(9, 0),
                FIRST.plusDays(1).atTime(10, 0),
                "Room s1",
                null,
                Set.of()))
        .expectSuccessfulHandlerExecution();
  }

  @Test
  void a_cancelled_session_is_not_moved() {
    fixture
        .given(
            scheduled(2),
            session("s1", SessionKind.WORKSHOP, 1, 9, 10, Set.of()),
            new SessionCancelled(ID, "s1", "speaker ill"))
        .when(new ChangeSession(ID, "s1", "Back", FIRST.atTime(9, 0), FIRST.atTime(10, 0), null))
        .expectException(DomainException.class)
        .expectExceptionMessage("sessionId: the session \"Session s1\" was cancelled")
        .expectNoEvents();
  }

  @Test
  void a_cancelled_session_takes_no_more_places() {
    fixture
        .given(
            scheduled(2),
            session("s1", SessionKind.WORKSHOP, 1, 9, 10, Set.of()),
            new Registered(ID, "r1", "attending", Rate.MEMBER, new BigDecimal("400")),
            new SessionCancelled(ID, "s1", "speaker ill"))
        .when(new ReserveSessionPlace(ID, "s1", "attending", as("attending")))
        .expectException(DomainException.class)
        .expectNoEvents();
  }

  @Test
  void a_session_is_kept_in_local_time_and_as_an_instant() {
    fixture
        .given(scheduled(2))
        .when(
            new AddSession(
                ID,
                "s1",
                SessionKind.TALK,
                "Session s1",
                FIRST.plusDays(1).atTime(9, 0),
                FIRST.plusDays(1).atTime(10, 0),
                "Room s1",
                null,
                Set.of("attending")))
        .expectEvents(session("s1", SessionKind.TALK, 1, 9, null, Set.of("attending")));
  }

  @Test
  void a_session_outside_the_conference_is_refused() {
    fixture
        .given(scheduled(2))
        .when(
            new AddSession(
                ID,
                "s1",
                SessionKind.TALK,
                "Late",
                LAST.plusDays(1).atTime(9, 0),
                LAST.plusDays(1).atTime(10, 0),
                "Hall A",
                null,
                null))
        .expectException(DomainException.class)
        .expectExceptionMessage(
            "start: the session falls outside the conference, 2027-03-05 to 2027-03-07")
        .expectNoEvents();
  }

  @Test
  void a_session_in_a_taken_room_is_refused() {
    fixture
        .given(scheduled(2), session("s1", SessionKind.TALK, 1, 9, null, Set.of()))
        .when(
            new AddSession(
                ID,
                "s2",
                SessionKind.PANEL,
                "Clash",
                FIRST.plusDays(1).atTime(9, 30),
                FIRST.plusDays(1).atTime(10, 30),
                "Room s1",
                null,
                null))
        .expectException(DomainException.class)
        .expectExceptionMessage("room: Room s1 is taken then by \"Session s1\"")
        .expectNoEvents();
  }

  @Test
  void a_speaker_is_not_booked_into_two_sessions_at_once() {
    fixture
        .given(scheduled(2), session("s1", SessionKind.TALK, 1, 9, null, Set.of("attending")))
        .when(
            new AddSession(
                ID,
                "s2",
                SessionKind.PANEL,
                "Panel",
                FIRST.plusDays(1).atTime(9, 30),
                FIRST.plusDays(1).atTime(10, 30),
                "Hall B",
                null,
                Set.of("attending")))
        .expectException(DomainException.class)
        .expectNoEvents();
  }

  @Test
  void an_active_resident_registers_at_the_trainee_rate() {
    fixture
        .givenCurrentTime(BEFORE)
        .andGiven(scheduled(5))
        .when(new Register(ID, "r1", "resident", as("resident")))
        .expectEvents(
            new Registered(ID, "r1", "resident", Rate.MEMBER_TRAINEE, new BigDecimal("50")));
  }

  @Test
  void an_active_attending_registers_at_the_member_rate() {
    fixture
        .givenCurrentTime(BEFORE)
        .andGiven(scheduled(5))
        .when(new Register(ID, "r1", "attending", STAFF))
        .expectEvents(new Registered(ID, "r1", "attending", Rate.MEMBER, new BigDecimal("400")));
  }

  @Test
  void a_lapsed_member_registers_at_the_non_member_rate() {
    fixture
        .givenCurrentTime(BEFORE)
        .andGiven(scheduled(5))
        .when(new Register(ID, "r1", "lapsed", STAFF))
        .expectEvents(new Registered(ID, "r1", "lapsed", Rate.NON_MEMBER, new BigDecimal("700")));
  }

  @Test
  void a_full_conference_waitlists() {
    Registered first =
        new Registered(ID, "r1", "resident", Rate.MEMBER_TRAINEE, FEES.get(Rate.MEMBER_TRAINEE));
    fixture
        .givenCurrentTime(BEFORE)
        .andGiven(scheduled(1), first)
        .when(new Register(ID, "r2", "attending", as("attending")))
        .expectEvents(new Waitlisted(ID, "r2", "attending", Rate.MEMBER, FEES.get(Rate.MEMBER)));
  }

  @Test
  void a_cancellation_promotes_the_first_waiting() {
    Registered first =
        new Registered(ID, "r1", "resident", Rate.MEMBER_TRAINEE, FEES.get(Rate.MEMBER_TRAINEE));
    fixture
        .givenCurrentTime(BEFORE)
        .andGiven(
            scheduled(1),
            first,
            new Waitlisted(ID, "r2", "attending", Rate.MEMBER, FEES.get(Rate.MEMBER)),
            new Waitlisted(ID, "r3", "lapsed", Rate.NON_MEMBER, FEES.get(Rate.NON_MEMBER)))
        .when(new CancelRegistration(ID, "r1", as("resident")))
        .expectEvents(
            new RegistrationCancelled(ID, "r1", "resident", true),
            new RegistrationPromoted(ID, "r2", "attending"));
  }

  @Test
  void a_waiting_registration_cancelled_promotes_nobody() {
    fixture
        .givenCurrentTime(BEFORE)
        .andGiven(
            scheduled(1),
            new Registered(ID, "r1", "resident", Rate.MEMBER_TRAINEE, BigDecimal.ONE),
            new Waitlisted(ID, "r2", "attending", Rate.MEMBER, BigDecimal.ONE))
        .when(new CancelRegistration(ID, "r2", as("attending")))
        .expectEvents(new RegistrationCancelled(ID, "r2", "attending", false));
  }

  @Test
  void only_the_registrant_or_staff_cancel_a_registration() {
    fixture
        .givenCurrentTime(BEFORE)
        .andGiven(
            scheduled(1), new Registered(ID, "r1", "resident", Rate.MEMBER_TRAINEE, BigDecimal.ONE))
        .when(new CancelRegistration(ID, "r1", as("attending")))
        .expectException(DomainException.class)
        .expectNoEvents();
  }

  @Test
  void one_registration_per_member() {
    fixture
        .givenCurrentTime(BEFORE)
        .andGiven(
            scheduled(5), new Registered(ID, "r1", "resident", Rate.MEMBER_TRAINEE, BigDecimal.ONE))
        .when(new Register(ID, "r2", "resident", as("resident")))
        .expectException(DomainException.class)
        .expectExceptionMessage("memberId: already registered for this conference")
        .expectNoEvents();
  }

  @Test
  void no_registration_after_the_conference() {
    fixture
        .givenCurrentTime(Instant.parse("2027-03-09T12:00:00Z"))
        .andGiven(scheduled(5))
        .when(new Register(ID, "r1", "resident", as("resident")))
        .expectException(DomainException.class)
        .expectNoEvents();
  }

  @Test
  void a_placed_attendee_checks_in() {
    Registered placed = new Registered(ID, "r1", "resident", Rate.MEMBER_TRAINEE, BigDecimal.ONE);
    fixture
        .given(scheduled(1), placed)
        .when(new CheckIn(ID, "r1"))
        .expectEvents(new CheckedIn(ID, "r1", "resident"));
  }

  @Test
  void an_attendee_checks_in_once() {
    Registered placed = new Registered(ID, "r1", "resident", Rate.MEMBER_TRAINEE, BigDecimal.ONE);
    fixture
        .given(scheduled(1), placed, new CheckedIn(ID, "r1", "resident"))
        .when(new CheckIn(ID, "r1"))
        .expectException(DomainException.class)
        .expectNoEvents();
  }

  @Test
  void a_waitlisted_registration_does_not_check_in() {
    Registered placed = new Registered(ID, "r1", "resident", Rate.MEMBER_TRAINEE, BigDecimal.ONE);
    fixture
        .given(
            scheduled(1),
            placed,
            new Waitlisted(ID, "r2", "attending", Rate.MEMBER, BigDecimal.ONE))
        .when(new CheckIn(ID, "r2"))
        .expectException(DomainException.class)
        .expectExceptionMessage("registrationId: the registration is still waitlisted")
        .expectNoEvents();
  }

  @Test
  void a_full_limited_session_waitlists() {
    SessionAdded workshop = session("w1", SessionKind.WORKSHOP, 1, 14, 1, Set.of());
    Registered resident = new Registered(ID, "r1", "resident", Rate.MEMBER_TRAINEE, BigDecimal.ONE);
    Registered attending = new Registered(ID, "r2", "attending", Rate.MEMBER, BigDecimal.ONE);
    fixture
        .given(
            scheduled(5),
            workshop,
            resident,
            attending,
            new SessionPlaceTaken(ID, "w1", "resident", false))
        .when(new ReserveSessionPlace(ID, "w1", "attending", as("attending")))
        .expectEvents(new SessionPlaceTaken(ID, "w1", "attending", true));
  }

  @Test
  void a_released_session_place_goes_to_the_first_waiting() {
    SessionAdded workshop = session("w1", SessionKind.WORKSHOP, 1, 14, 1, Set.of());
    Registered resident = new Registered(ID, "r1", "resident", Rate.MEMBER_TRAINEE, BigDecimal.ONE);
    Registered attending = new Registered(ID, "r2", "attending", Rate.MEMBER, BigDecimal.ONE);
    fixture
        .given(
            scheduled(5),
            workshop,
            resident,
            attending,
            new SessionPlaceTaken(ID, "w1", "resident", false),
            new SessionPlaceTaken(ID, "w1", "attending", true))
        .when(new ReleaseSessionPlace(ID, "w1", "resident", as("resident")))
        .expectEvents(new SessionPlaceReleased(ID, "w1", "resident", "attending"));
  }

  @Test
  void only_a_registered_attendee_takes_a_session_place() {
    SessionAdded workshop = session("w1", SessionKind.WORKSHOP, 1, 14, 1, Set.of());
    Registered resident = new Registered(ID, "r1", "resident", Rate.MEMBER_TRAINEE, BigDecimal.ONE);
    fixture
        .given(scheduled(5), workshop)
        .when(new ReserveSessionPlace(ID, "w1", "resident", as("resident")))
        .expectException(DomainException.class)
        .expectExceptionMessage("memberId: only a registered attendee takes a place")
        .expectNoEvents();
  }

  @Test
  void a_selected_nomination_invites_its_speaker() {
    SessionAdded talk = session("t1", SessionKind.TALK, 1, 9, null, Set.of());
    SpeakerInvited invited =
        new SpeakerInvited(ID, "nom-1", "resident", "Sepsis QI", null, "nom-1");
    fixture
        .given(scheduled(5), talk)
        .when(new InviteSpeaker(ID, "nom-1", "resident", "Sepsis QI", null, "nom-1"))
        .expectEvents(invited);
  }

  @Test
  void an_invitation_sent_again_invites_once() {
    SessionAdded talk = session("t1", SessionKind.TALK, 1, 9, null, Set.of());
    SpeakerInvited invited =
        new SpeakerInvited(ID, "nom-1", "resident", "Sepsis QI", null, "nom-1");
    fixture
        .given(scheduled(5), talk, invited)
        .when(new InviteSpeaker(ID, "nom-1", "resident", "Sepsis QI", null, "nom-1"))
        .expectNoEvents();
  }

  @Test
  void only_the_invited_speaker_answers() {
    SessionAdded talk = session("t1", SessionKind.TALK, 1, 9, null, Set.of());
    SpeakerInvited invited =
        new SpeakerInvited(ID, "nom-1", "resident", "Sepsis QI", null, "nom-1");
    fixture
        .given(scheduled(5), talk, invited)
        .when(new AnswerInvitation(ID, "nom-1", as("attending"), true, null))
        .expectException(DomainException.class)
        .expectNoEvents();
  }

  @Test
  void a_speaker_who_has_not_accepted_is_not_assigned() {
    SessionAdded talk = session("t1", SessionKind.TALK, 1, 9, null, Set.of());
    SpeakerInvited invited =
        new SpeakerInvited(ID, "nom-1", "resident", "Sepsis QI", null, "nom-1");
    InvitationAnswered accepted = new InvitationAnswered(ID, "nom-1", "resident", true, null);
    fixture
        .given(scheduled(5), talk, invited)
        .when(new AssignSpeaker(ID, "t1", "nom-1"))
        .expectException(DomainException.class)
        .expectExceptionMessage("invitationId: the speaker has not accepted")
        .expectNoEvents();
  }

  @Test
  void a_speaker_who_accepted_is_assigned_to_a_session() {
    SessionAdded talk = session("t1", SessionKind.TALK, 1, 9, null, Set.of());
    SpeakerInvited invited =
        new SpeakerInvited(ID, "nom-1", "resident", "Sepsis QI", null, "nom-1");
    InvitationAnswered accepted = new InvitationAnswered(ID, "nom-1", "resident", true, null);
    SpeakerAssigned assigned = new SpeakerAssigned(ID, "t1", "resident", "nom-1");
    fixture
        .given(scheduled(5), talk, invited, accepted)
        .when(new AssignSpeaker(ID, "t1", "nom-1"))
        .expectEvents(assigned);
  }

  @Test
  void the_talk_given_is_recorded() {
    SessionAdded talk = session("t1", SessionKind.TALK, 1, 9, null, Set.of());
    SpeakerInvited invited =
        new SpeakerInvited(ID, "nom-1", "resident", "Sepsis QI", null, "nom-1");
    InvitationAnswered accepted = new InvitationAnswered(ID, "nom-1", "resident", true, null);
    SpeakerAssigned assigned = new SpeakerAssigned(ID, "t1", "resident", "nom-1");
    fixture
        .givenCurrentTime(DURING)
        .andGiven(scheduled(5), talk, invited, accepted, assigned)
        .when(new RecordTalkGiven(ID, "t1", "resident"))
        .expectEvents(
            new TalkGiven(
                ID,
                "t1",
                "resident",
                SessionKind.TALK,
                "Session t1",
                "Annual Meeting",
                FIRST.plusDays(1),
                "nom-1"));
  }

  @Test
  void a_talk_is_not_given_before_its_session_starts() {
    SessionAdded talk = session("t1", SessionKind.TALK, 1, 9, null, Set.of());
    SpeakerInvited invited =
        new SpeakerInvited(ID, "nom-1", "resident", "Sepsis QI", null, "nom-1");
    InvitationAnswered accepted = new InvitationAnswered(ID, "nom-1", "resident", true, null);
    SpeakerAssigned assigned = new SpeakerAssigned(ID, "t1", "resident", "nom-1");
    fixture
        .givenCurrentTime(BEFORE)
        .andGiven(scheduled(5), talk, invited, accepted, assigned)
        .when(new RecordTalkGiven(ID, "t1", "resident"))
        .expectException(DomainException.class)
        .expectExceptionMessage("sessionId: the session has not started yet")
        .expectNoEvents();
  }

  @Test
  void an_abstract_is_submitted_with_its_title_trimmed() {
    SessionAdded posters = session("p1", SessionKind.POSTER_SESSION, 0, 17, null, Set.of());
    AbstractSubmitted submitted =
        new AbstractSubmitted(ID, "a1", "resident", "Itch in infants", "R. Esident");
    fixture
        .givenCurrentTime(BEFORE)
        .andGiven(scheduled(5), posters)
        .when(new SubmitAbstract(ID, "a1", "resident", " Itch in infants ", "R. Esident"))
        .expectEvents(submitted);
  }

  @Test
  void only_an_accepted_abstract_gets_a_board() {
    SessionAdded posters = session("p1", SessionKind.POSTER_SESSION, 0, 17, null, Set.of());
    AbstractSubmitted submitted =
        new AbstractSubmitted(ID, "a1", "resident", "Itch in infants", "R. Esident");
    AbstractDecided accepted = new AbstractDecided(ID, "a1", "resident", true, "novel");
    fixture
        .given(scheduled(5), posters, submitted)
        .when(new AssignPoster(ID, "a1", "p1", 12))
        .expectException(DomainException.class)
        .expectExceptionMessage("abstractId: only an accepted abstract is presented")
        .expectNoEvents();
  }

  @Test
  void an_accepted_abstract_gets_a_board() {
    SessionAdded posters = session("p1", SessionKind.POSTER_SESSION, 0, 17, null, Set.of());
    AbstractSubmitted submitted =
        new AbstractSubmitted(ID, "a1", "resident", "Itch in infants", "R. Esident");
    AbstractDecided accepted = new AbstractDecided(ID, "a1", "resident", true, "novel");
    fixture
        .given(scheduled(5), posters, submitted, accepted)
        .when(new AssignPoster(ID, "a1", "p1", 12))
        .expectEvents(new PosterAssigned(ID, "a1", "resident", "p1", 12));
  }

  @Test
  void no_board_is_given_twice() {
    SessionAdded posters = session("p1", SessionKind.POSTER_SESSION, 0, 17, null, Set.of());
    AbstractSubmitted submitted =
        new AbstractSubmitted(ID, "a1", "resident", "Itch in infants", "R. Esident");
    AbstractDecided accepted = new AbstractDecided(ID, "a1", "resident", true, "novel");
    fixture
        .given(
            scheduled(5),
            posters,
            submitted,
            accepted,
            new PosterAssigned(ID, "a1", "resident", "p1", 12),
            new AbstractSubmitted(ID, "a2", "attending", "Another", "A. Ttending"),
            new AbstractDecided(ID, "a2", "attending", true, "fine"))
        .when(new AssignPoster(ID, "a2", "p1", 12))
        .expectException(DomainException.class)
        .expectExceptionMessage("boardNumber: board 12 is taken in that session")
        .expectNoEvents();
  }

  @Test
  void a_presented_poster_is_recorded() {
    SessionAdded posters = session("p1", SessionKind.POSTER_SESSION, 0, 17, null, Set.of());
    AbstractSubmitted submitted =
        new AbstractSubmitted(ID, "a1", "resident", "Itch in infants", "R. Esident");
    AbstractDecided accepted = new AbstractDecided(ID, "a1", "resident", true, "novel");
    fixture
        .givenCurrentTime(DURING)
        .andGiven(
            scheduled(5),
            posters,
            submitted,
            accepted,
            new PosterAssigned(ID, "a1", "resident", "p1", 12))
        .when(new RecordPosterPresented(ID, "a1"))
        .expectEvents(
            new PosterPresented(ID, "a1", "resident", "Itch in infants", "Annual Meeting", FIRST));
  }

  @Test
  void a_trainee_joins_speed_mentoring_with_their_interests() {
    SessionAdded speed = session("sm", SessionKind.SPEED_MENTORING, 1, 16, 1, Set.of());
    Registered resident = new Registered(ID, "r1", "resident", Rate.MEMBER_TRAINEE, BigDecimal.ONE);
    Registered attending = new Registered(ID, "r2", "attending", Rate.MEMBER, BigDecimal.ONE);
    fixture
        .given(scheduled(5), speed, resident, attending)
        .when(
            new JoinSpeedMentoring(
                ID,
                "sm",
                "resident",
                MentoringRole.TRAINEE,
                Set.of(" Sepsis ", "QI"),
                as("resident")))
        .expectEvents(
            new SpeedMentoringJoined(
                ID, "sm", "resident", MentoringRole.TRAINEE, Set.of("sepsis", "qi")));
  }

  @Test
  void a_trainee_place_is_for_a_trainee() {
    SessionAdded speed = session("sm", SessionKind.SPEED_MENTORING, 1, 16, 1, Set.of());
    Registered resident = new Registered(ID, "r1", "resident", Rate.MEMBER_TRAINEE, BigDecimal.ONE);
    Registered attending = new Registered(ID, "r2", "attending", Rate.MEMBER, BigDecimal.ONE);
    fixture
        .given(scheduled(5), speed, resident, attending)
        .when(
            new JoinSpeedMentoring(
                ID, "sm", "attending", MentoringRole.TRAINEE, Set.of(), as("attending")))
        .expectException(DomainException.class)
        .expectExceptionMessage("role: a trainee place is for a student, resident or fellow")
        .expectNoEvents();
  }

  @Test
  void speed_mentoring_has_as_many_places_per_side() {
    SessionAdded speed = session("sm", SessionKind.SPEED_MENTORING, 1, 16, 1, Set.of());
    Registered resident = new Registered(ID, "r1", "resident", Rate.MEMBER_TRAINEE, BigDecimal.ONE);
    member("resident-2", MembershipCategory.RESIDENT_FELLOW_IN_TRAINING, MembershipStatus.ACTIVE);
    fixture
        .given(
            scheduled(5),
            speed,
            resident,
            new Registered(ID, "r3", "resident-2", Rate.MEMBER_TRAINEE, BigDecimal.ONE),
            new SpeedMentoringJoined(ID, "sm", "resident", MentoringRole.TRAINEE, Set.of()))
        .when(
            new JoinSpeedMentoring(
                ID, "sm", "resident-2", MentoringRole.TRAINEE, Set.of(), as("resident-2")))
        .expectException(DomainException.class)
        .expectExceptionMessage("role: no trainee place left in this session")
        .expectNoEvents();
  }

  /** Three trainees and two mentors, in the order they joined, with their interests. */
  private static final SessionAdded SPEED_MENTORING =
      session("sm", SessionKind.SPEED_MENTORING, 1, 16, null, Set.of());

  private static final SpeedMentoringPaired PAIRED =
      new SpeedMentoringPaired(
          ID,
          "sm",
          List.of(
              new MentoringPair("sm:t1", "t1", "m2", Set.of("sepsis", "qi")),
              new MentoringPair("sm:t2", "t2", "m1", Set.of("dermatology"))),
          SPEED_MENTORING.startsAt(),
          SPEED_MENTORING.endsAt(),
          LAST,
          ZONE);

  private static List<Object> speedMentoringJoined() {
    return List.of(
        scheduled(5),
        SPEED_MENTORING,
        joined("t1", MentoringRole.TRAINEE, "sepsis", "qi"),
        joined("t2", MentoringRole.TRAINEE, "dermatology"),
        joined("t3", MentoringRole.TRAINEE, "qi"),
        joined("m1", MentoringRole.MENTOR, "dermatology"),
        joined("m2", MentoringRole.MENTOR, "sepsis", "qi"));
  }

  private static SpeedMentoringJoined joined(
      String memberId, MentoringRole role, String... interests) {
    return new SpeedMentoringJoined(ID, "sm", memberId, role, Set.of(interests));
  }

  @Test
  void trainees_are_paired_in_order_with_the_free_mentor_sharing_most_interests() {
    fixture
        .given(speedMentoringJoined())
        .when(new PairSpeedMentoring(ID, "sm"))
        .expectEvents(PAIRED);
  }

  @Test
  void a_speed_mentoring_session_is_paired_once() {
    fixture
        .given(speedMentoringJoined())
        .andGiven(PAIRED)
        .when(new PairSpeedMentoring(ID, "sm"))
        .expectException(DomainException.class)
        .expectExceptionMessage("sessionId: the session is already paired")
        .expectNoEvents();
  }

  @Test
  void a_cancelled_registration_gives_back_the_members_session_and_speed_mentoring_places() {
    SessionAdded workshop = session("w1", SessionKind.WORKSHOP, 1, 9, 1, Set.of());
    SessionAdded mentoring = session("m1", SessionKind.SPEED_MENTORING, 1, 14, 5, Set.of());
    fixture
        .givenCurrentTime(BEFORE)
        .andGiven(
            scheduled(5),
            workshop,
            mentoring,
            new Registered(ID, "r1", "resident", Rate.MEMBER_TRAINEE, BigDecimal.ONE),
            new Registered(ID, "r2", "attending", Rate.MEMBER, BigDecimal.ONE),
            new SessionPlaceTaken(ID, "w1", "resident", false),
            new SessionPlaceTaken(ID, "w1", "attending", true),
            new SpeedMentoringJoined(ID, "m1", "resident", MentoringRole.TRAINEE, Set.of("qi")))
        .when(new CancelRegistration(ID, "r1", as("resident")))
        .expectEvents(
            new RegistrationCancelled(ID, "r1", "resident", true),
            new SessionPlaceReleased(ID, "w1", "resident", "attending"),
            new SpeedMentoringLeft(ID, "m1", "resident"));
  }

  @Test
  void a_speaker_is_not_put_into_a_session_at_the_time_of_their_accepted_meeting() {
    SessionAdded talk = session("t1", SessionKind.TALK, 1, 9, null, Set.of());
    meetings.put("resident", "another meeting");
    fixture
        .given(
            scheduled(5),
            talk,
            new SpeakerInvited(ID, "nom-1", "resident", "Sepsis QI", null, "nom-1"),
            new InvitationAnswered(ID, "nom-1", "resident", true, null))
        .when(new AssignSpeaker(ID, "t1", "nom-1"))
        .expectException(DomainException.class)
        .expectExceptionMessage("invitationId: the speaker has another meeting at that time")
        .expectNoEvents();
  }
}
