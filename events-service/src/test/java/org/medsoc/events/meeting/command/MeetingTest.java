package org.medsoc.events.meeting.command;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.medsoc.events.meeting.api.*;
import org.medsoc.kernel.error.DomainException;
import org.medsoc.platform.acting.Actor;

class MeetingTest {

  private static final String ID = "meeting-1";
  private static final String CONFERENCE = "annual-2027";
  private static final String ZONE = "America/New_York";
  private static final ZoneId NY = ZoneId.of(ZONE);

  /** Friday to Sunday. */
  private static final LocalDate FIRST = LocalDate.of(2027, 4, 16);

  private static final LocalDate LAST = LocalDate.of(2027, 4, 18);
  private static final LocalDateTime START = LocalDateTime.of(2027, 4, 17, 10, 0);
  private static final Instant BEFORE = Instant.parse("2027-03-20T12:00:00Z");
  private static final Instant AFTER_MEETING = START.plusHours(1).atZone(NY).toInstant();
  private static final Actor TRAINEE = Actor.member("trainee");
  private static final Actor FACULTY = Actor.member("faculty");

  private final Set<String> attending = new HashSet<>(Set.of("trainee", "faculty"));
  private final Map<String, String> busy = new HashMap<>();
  private FixtureConfiguration<Meeting> fixture;

  @BeforeEach
  void setUp() {
    fixture = new AggregateTestFixture<>(Meeting.class);
    fixture.registerInjectableResource(
        new MeetingCalendar() {
          @Override
          public Optional<ConferenceWindow> conference(String conferenceId) {
            return Optional.of(new ConferenceWindow(FIRST, LAST, ZONE));
          }

          @Override
          public boolean isAttending(String conferenceId, String memberId) {
            return attending.contains(memberId);
          }

          @Override
          public void hold(String... memberIds) {}

          @Override
          public List<String> meetingsOf(String conferenceId, String memberId) {
            return List.of(ID);
          }

          @Override
          public Optional<String> clash(
              String conferenceId, String memberId, Instant start, Instant end, String meetingId) {
            return Optional.ofNullable(busy.get(memberId));
          }
        });
  }

  private static MeetingRequested requested() {
    return new MeetingRequested(
        ID,
        CONFERENCE,
        "trainee",
        "faculty",
        START,
        START.atZone(NY).toInstant(),
        START.plusMinutes(15).atZone(NY).toInstant(),
        "advice on a research year",
        LAST,
        ZONE);
  }

  private static MeetingAccepted accepted() {
    return new MeetingAccepted(
        ID,
        CONFERENCE,
        "trainee",
        "faculty",
        START.atZone(NY).toInstant(),
        START.plusMinutes(15).atZone(NY).toInstant());
  }

  private static MeetingHeld held() {
    return new MeetingHeld(ID, CONFERENCE, "trainee", "faculty", START.toLocalDate());
  }

  private static FollowUpDue followUpDue() {
    return new FollowUpDue(ID, "trainee", "faculty", LAST.plusDays(3), LAST.plusDays(7));
  }

  private static RequestMeeting request(LocalDateTime start, int minutes) {
    return new RequestMeeting(
        ID, CONFERENCE, "trainee", "faculty", start, minutes, " advice on a research year ");
  }

  @Test
  void a_registered_trainee_asks_faculty_for_a_short_meeting() {
    fixture.givenCurrentTime(BEFORE).when(request(START, 15)).expectEvents(requested());
  }

  @Test
  void a_meeting_lasts_10_to_20_minutes() {
    fixture
        .givenCurrentTime(BEFORE)
        .when(request(START, 45))
        .expectException(DomainException.class)
        .expectExceptionMessage("minutes: a meeting lasts 10 to 20 minutes")
        .expectNoEvents();
  }

  @Test
  void a_meeting_falls_within_the_conference() {
    fixture
        .givenCurrentTime(BEFORE)
        .when(request(LAST.plusDays(1).atTime(9, 0), 15))
        .expectException(DomainException.class)
        .expectNoEvents();
  }

  @Test
  void a_meeting_with_someone_not_registered_is_refused() {
    attending.remove("faculty");
    fixture
        .givenCurrentTime(BEFORE)
        .when(request(START, 15))
        .expectException(DomainException.class)
        .expectExceptionMessage("inviteeId: both people must be registered for the conference")
        .expectNoEvents();
  }

  @Test
  void neither_person_is_booked_twice() {
    busy.put("faculty", "speaks in \"Plenary\"");
    fixture
        .givenCurrentTime(BEFORE)
        .when(request(START, 15))
        .expectException(DomainException.class)
        .expectExceptionMessage("start: faculty is busy then: speaks in \"Plenary\"")
        .expectNoEvents();
  }

  @Test
  void the_invitee_accepts_a_meeting() {
    fixture
        .givenCurrentTime(BEFORE)
        .andGiven(requested())
        .when(new AnswerMeeting(ID, FACULTY, true, null))
        .expectEvents(accepted());
  }

  @Test
  void the_invitee_cannot_accept_a_time_taken_meanwhile() {
    busy.put("trainee", "another meeting");
    fixture
        .givenCurrentTime(BEFORE)
        .andGiven(requested())
        .when(new AnswerMeeting(ID, FACULTY, true, null))
        .expectException(DomainException.class)
        .expectNoEvents();
  }

  @Test
  void only_the_invitee_answers_a_request() {
    fixture
        .givenCurrentTime(BEFORE)
        .andGiven(requested())
        .when(new AnswerMeeting(ID, TRAINEE, true, null))
        .expectException(DomainException.class)
        .expectNoEvents();
  }

  @Test
  void declining_is_a_normal_answer() {
    fixture
        .givenCurrentTime(BEFORE)
        .andGiven(requested())
        .when(new AnswerMeeting(ID, FACULTY, false, "fully booked"))
        .expectEvents(new MeetingDeclined(ID, "faculty", "fully booked"));
  }

  @Test
  void the_invitee_proposes_another_time() {
    LocalDateTime later = START.plusHours(3);
    OtherTimeProposed proposed =
        new OtherTimeProposed(
            ID, later, later.atZone(NY).toInstant(), later.plusMinutes(15).atZone(NY).toInstant());
    fixture
        .givenCurrentTime(BEFORE)
        .andGiven(requested())
        .when(new ProposeOtherTime(ID, FACULTY, later))
        .expectEvents(proposed);
  }

  @Test
  void the_requester_accepts_the_other_time() {
    LocalDateTime later = START.plusHours(3);
    OtherTimeProposed proposed =
        new OtherTimeProposed(
            ID, later, later.atZone(NY).toInstant(), later.plusMinutes(15).atZone(NY).toInstant());
    fixture
        .givenCurrentTime(BEFORE)
        .andGiven(requested(), proposed)
        .when(new AnswerMeeting(ID, TRAINEE, true, null))
        .expectEvents(
            new MeetingAccepted(
                ID,
                CONFERENCE,
                "trainee",
                "faculty",
                later.atZone(NY).toInstant(),
                later.plusMinutes(15).atZone(NY).toInstant()));
  }

  @Test
  void a_held_meeting_owes_a_follow_up_3_to_7_days_after_the_conference() {
    fixture
        .givenCurrentTime(AFTER_MEETING)
        .andGiven(requested(), accepted())
        .when(new RecordMeetingOutcome(ID, FACULTY, true))
        .expectEvents(
            new MeetingHeld(ID, CONFERENCE, "trainee", "faculty", START.toLocalDate()),
            new FollowUpDue(ID, "trainee", "faculty", LAST.plusDays(3), LAST.plusDays(7)))
        .expectScheduledDeadlineWithName(
            LAST.plusDays(8).atStartOfDay(NY).toInstant(), Meeting.FOLLOW_UP);
  }

  @Test
  void a_follow_up_for_a_meeting_that_never_happened_is_refused() {
    fixture
        .givenCurrentTime(AFTER_MEETING)
        .andGiven(requested(), accepted(), new MeetingMissed(ID, "faculty"))
        .when(new RecordFollowUpSent(ID, TRAINEE))
        .expectException(DomainException.class)
        .expectExceptionMessage("meetingId: no follow-up is owed: the meeting was not held")
        .expectNoEvents();
  }

  @Test
  void a_follow_up_never_sent_closes_when_its_window_ends() {
    fixture
        .givenCurrentTime(AFTER_MEETING)
        .andGiven(requested(), accepted())
        .andGivenCommands(new RecordMeetingOutcome(ID, TRAINEE, true))
        .whenTimeAdvancesTo(LAST.plusDays(8).atStartOfDay(NY).toInstant())
        .expectEvents(new FollowUpClosed(ID, FollowUpClosed.Reason.NOT_SENT));
  }

  @Test
  void without_a_reply_one_nudge_falls_due_after_7_business_days() {
    // Sent on Wednesday 21 April: 7 business days later is Friday 30 April, 10 is Wednesday 5 May.
    Instant sentAt = LocalDate.of(2027, 4, 21).atTime(9, 0).atZone(NY).toInstant();
    fixture
        .givenCurrentTime(sentAt)
        .andGiven(requested(), accepted(), held(), followUpDue())
        .andGivenCommands(new RecordFollowUpSent(ID, TRAINEE))
        .whenTimeAdvancesTo(LocalDate.of(2027, 4, 30).atStartOfDay(NY).toInstant())
        .expectEvents(new NudgeDue(ID, LocalDate.of(2027, 4, 30), LocalDate.of(2027, 5, 5)));
  }

  @Test
  void a_nudge_window_passing_without_a_nudge_closes_the_follow_up_unanswered() {
    Instant sentAt = LocalDate.of(2027, 4, 21).atTime(9, 0).atZone(NY).toInstant();
    fixture
        .givenCurrentTime(sentAt)
        .andGiven(requested(), accepted(), held(), followUpDue())
        .andGivenCommands(new RecordFollowUpSent(ID, TRAINEE))
        .whenTimeAdvancesTo(LocalDate.of(2027, 5, 6).atStartOfDay(NY).toInstant())
        .expectEvents(
            new NudgeDue(ID, LocalDate.of(2027, 4, 30), LocalDate.of(2027, 5, 5)),
            new FollowUpClosed(ID, FollowUpClosed.Reason.UNANSWERED));
  }

  @Test
  void a_reply_closes_the_follow_up_and_later_deadlines_do_nothing() {
    Instant sentAt = LocalDate.of(2027, 4, 21).atTime(9, 0).atZone(NY).toInstant();
    fixture
        .givenCurrentTime(sentAt)
        .andGiven(requested(), accepted(), held(), followUpDue())
        .andGivenCommands(new RecordFollowUpSent(ID, TRAINEE), new RecordReply(ID, FACULTY))
        .whenTimeAdvancesTo(LocalDate.of(2027, 6, 1).atStartOfDay(NY).toInstant())
        .expectNoEvents();
  }

  @Test
  void the_one_nudge_is_sent_only_when_due() {
    fixture
        .givenCurrentTime(AFTER_MEETING)
        .andGiven(
            requested(),
            accepted(),
            new MeetingHeld(ID, CONFERENCE, "trainee", "faculty", START.toLocalDate()),
            new FollowUpDue(ID, "trainee", "faculty", LAST.plusDays(3), LAST.plusDays(7)),
            new FollowUpSent(ID, LocalDate.of(2027, 4, 21)))
        .when(new RecordNudgeSent(ID, TRAINEE))
        .expectException(DomainException.class)
        .expectNoEvents();
  }

  @Test
  void a_speed_mentoring_pair_owes_a_follow_up_like_a_held_meeting() {
    Instant startsAt = START.atZone(NY).toInstant();
    Instant endsAt = START.plusHours(1).atZone(NY).toInstant();
    fixture
        .givenNoPriorActivity()
        .when(
            new StartPairFollowUp(
                ID, "sm:trainee", CONFERENCE, "trainee", "faculty", startsAt, endsAt, LAST, ZONE))
        .expectEvents(
            new SpeedMentoringMet(
                ID,
                "sm:trainee",
                CONFERENCE,
                "trainee",
                "faculty",
                startsAt,
                endsAt,
                START.toLocalDate(),
                LAST,
                ZONE),
            followUpDue())
        .expectScheduledDeadlineWithName(
            LAST.plusDays(8).atStartOfDay(NY).toInstant(), Meeting.FOLLOW_UP);
  }

  @Test
  void a_nudge_sent_and_unanswered_for_10_business_days_closes_the_follow_up() {
    // The nudge goes out on Friday 30 April; 10 business days later is Friday 14 May.
    Instant nudgedAt = LocalDate.of(2027, 4, 30).atTime(9, 0).atZone(NY).toInstant();
    fixture
        .givenCurrentTime(nudgedAt)
        .andGiven(
            requested(),
            accepted(),
            held(),
            followUpDue(),
            new FollowUpSent(ID, LocalDate.of(2027, 4, 21)),
            new NudgeDue(ID, LocalDate.of(2027, 4, 30), LocalDate.of(2027, 5, 5)))
        .andGivenCommands(new RecordNudgeSent(ID, TRAINEE))
        .whenTimeAdvancesTo(LocalDate.of(2027, 5, 14).atStartOfDay(NY).toInstant())
        .expectEvents(new FollowUpClosed(ID, FollowUpClosed.Reason.UNANSWERED));
  }

  @Test
  void the_invitees_cancelled_registration_cancels_the_meeting() {
    fixture
        .givenCurrentTime(BEFORE)
        .andGiven(requested(), accepted())
        .when(new CancelForRegistration(ID, "faculty"))
        .expectEvents(
            new MeetingCancelled(
                ID, "faculty", "the registration for the conference was cancelled"));
  }

  @Test
  void the_requesters_cancelled_registration_cancels_the_meeting() {
    fixture
        .givenCurrentTime(BEFORE)
        .andGiven(requested())
        .when(new CancelForRegistration(ID, "trainee"))
        .expectEvents(
            new MeetingCancelled(
                ID, "trainee", "the registration for the conference was cancelled"));
  }

  @Test
  void a_meeting_is_cancelled_for_a_registration_once() {
    fixture
        .givenCurrentTime(BEFORE)
        .andGiven(
            requested(),
            accepted(),
            new MeetingCancelled(
                ID, "faculty", "the registration for the conference was cancelled"))
        .when(new CancelForRegistration(ID, "faculty"))
        .expectSuccessfulHandlerExecution()
        .expectNoEvents();
  }

  @Test
  void someone_elses_cancelled_registration_leaves_the_meeting() {
    fixture
        .givenCurrentTime(BEFORE)
        .andGiven(requested(), accepted())
        .when(new CancelForRegistration(ID, "someone-else"))
        .expectSuccessfulHandlerExecution()
        .expectNoEvents();
  }
}
