package org.medsoc.member.mentorship.command;

import java.time.LocalDate;
import java.util.Set;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.medsoc.kernel.error.DomainException;
import org.medsoc.member.member.command.Members;
import org.medsoc.member.mentorship.api.*;
import org.medsoc.platform.acting.Actor;

class MentorshipTest {

  private static final String ID = "mentorship-1";
  private static final String MENTEE = "dr-okafor";
  private static final String MENTOR = "dr-patel";
  private static final Actor AS_MENTEE = Actor.member(MENTEE);
  private static final Actor AS_MENTOR = Actor.member(MENTOR);
  private static final Actor AS_STRANGER = Actor.member("dr-stranger");
  private static final MentorshipRequested REQUESTED =
      new MentorshipRequested(
          ID,
          MENTEE,
          MENTOR,
          MentorshipType.CAREER,
          "advice on a dermatology fellowship",
          "a 20-minute call next week");

  private FixtureConfiguration<Mentorship> fixture;

  @BeforeEach
  void setUp() {
    fixture = new AggregateTestFixture<>(Mentorship.class);
    Members members = Set.of(MENTEE, MENTOR, "dr-stranger")::contains;
    fixture.registerInjectableResource(members);
    SuggestedMentors suggestions =
        (suggestion, mentee, mentor) ->
            suggestion.equals("session-1:" + MENTEE)
                && mentee.equals(MENTEE)
                && mentor.equals(MENTOR);
    fixture.registerInjectableResource(suggestions);
  }

  private static RequestMentorship request(Actor actor, String mentee, String mentor) {
    return new RequestMentorship(
        ID,
        actor,
        mentee,
        mentor,
        MentorshipType.CAREER,
        " advice on a dermatology fellowship ",
        "a 20-minute call next week");
  }

  @Test
  void a_resident_asks_an_attending_for_career_mentorship() {
    fixture.givenNoPriorActivity().when(request(AS_MENTEE, MENTEE, MENTOR)).expectEvents(REQUESTED);
  }

  @Test
  void a_trainee_asks_the_mentor_speed_mentoring_suggested_and_the_request_names_the_suggestion() {
    fixture
        .givenNoPriorActivity()
        .when(
            new RequestMentorship(
                ID,
                AS_MENTEE,
                MENTEE,
                MENTOR,
                MentorshipType.CAREER,
                "advice on a dermatology fellowship",
                "a 20-minute call next week",
                "session-1:" + MENTEE))
        .expectEvents(
            new MentorshipRequested(
                ID,
                MENTEE,
                MENTOR,
                MentorshipType.CAREER,
                "advice on a dermatology fellowship",
                "a 20-minute call next week",
                "session-1:" + MENTEE));
  }

  @Test
  void a_request_names_only_a_suggestion_of_this_mentor_to_this_trainee() {
    fixture
        .givenNoPriorActivity()
        .when(
            new RequestMentorship(
                ID,
                AS_MENTEE,
                MENTEE,
                "dr-stranger",
                MentorshipType.CAREER,
                "advice",
                "a call",
                "session-1:" + MENTEE))
        .expectException(DomainException.class)
        .expectExceptionMessage("suggestionId: speed-mentoring did not suggest this mentor to you")
        .expectNoEvents();
  }

  @Test
  void nobody_mentors_themself() {
    fixture
        .givenNoPriorActivity()
        .when(request(AS_MENTEE, MENTEE, MENTEE))
        .expectException(DomainException.class)
        .expectExceptionMessage("mentorId: a member cannot mentor themself")
        .expectNoEvents();
  }

  @Test
  void nobody_asks_in_someone_elses_name() {
    fixture
        .givenNoPriorActivity()
        .when(request(AS_STRANGER, MENTEE, MENTOR))
        .expectException(DomainException.class)
        .expectNoEvents();
  }

  @Test
  void the_mentor_must_be_a_member() {
    fixture
        .givenNoPriorActivity()
        .when(request(AS_MENTEE, MENTEE, "dr-nobody"))
        .expectException(DomainException.class)
        .expectNoEvents();
  }

  @Test
  void the_mentor_accepts() {
    fixture
        .given(REQUESTED)
        .when(new AnswerMentorshipRequest(ID, AS_MENTOR, true, null))
        .expectEvents(new MentorshipAccepted(ID, MENTOR));
  }

  @Test
  void a_decline_is_a_normal_outcome_without_a_reason() {
    fixture
        .given(REQUESTED)
        .when(new AnswerMentorshipRequest(ID, AS_MENTOR, false, null))
        .expectEvents(new MentorshipDeclined(ID, MENTOR, null));
  }

  @Test
  void only_the_mentor_answers() {
    fixture
        .given(REQUESTED)
        .when(new AnswerMentorshipRequest(ID, AS_MENTEE, true, null))
        .expectException(DomainException.class)
        .expectNoEvents();
  }

  @Test
  void a_decision_is_made_once() {
    fixture
        .given(REQUESTED, new MentorshipDeclined(ID, MENTOR, null))
        .when(new AnswerMentorshipRequest(ID, AS_MENTOR, true, null))
        .expectException(DomainException.class)
        .expectNoEvents();
  }

  @Test
  void either_side_records_a_check_in_with_agreed_next_steps() {
    LocalDate day = LocalDate.of(2027, 1, 15);
    fixture
        .given(REQUESTED, new MentorshipAccepted(ID, MENTOR))
        .when(
            new RecordCheckIn(
                ID, AS_MENTEE, day, "abstract for the annual meeting", "send draft by Feb 1"))
        .expectEvents(
            new CheckInRecorded(
                ID, day, "abstract for the annual meeting", "send draft by Feb 1", MENTEE));
  }

  @Test
  void no_check_in_before_the_mentor_accepted() {
    fixture
        .given(REQUESTED)
        .when(new RecordCheckIn(ID, AS_MENTEE, LocalDate.of(2027, 1, 15), "agenda", null))
        .expectException(DomainException.class)
        .expectNoEvents();
  }

  @Test
  void either_side_ends_a_mentorship_saying_why() {
    fixture
        .given(REQUESTED, new MentorshipAccepted(ID, MENTOR))
        .when(new EndMentorship(ID, AS_MENTOR, " moving to another institution "))
        .expectEvents(new MentorshipEnded(ID, MENTOR, "moving to another institution"));
  }

  @Test
  void an_outsider_does_not_end_a_mentorship() {
    fixture
        .given(REQUESTED, new MentorshipAccepted(ID, MENTOR))
        .when(new EndMentorship(ID, AS_STRANGER, "no"))
        .expectException(DomainException.class)
        .expectNoEvents();
  }
}
